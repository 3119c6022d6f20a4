a = np.ones(100)
live_bytes()
a += 1
live_bytes()
a = a + 1
live_bytes()
