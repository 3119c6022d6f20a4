# Rebinding the same name repeatedly keeps only the latest array.
x = np.zeros(1000)
x = np.zeros(2000)
x = np.zeros(3000)
live_bytes()
x = x[:1000]
live_bytes()
