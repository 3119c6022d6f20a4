a = np.zeros(100)
live_bytes()
a = np.zeros(10)
live_bytes()
a = a[2:]
live_bytes()
