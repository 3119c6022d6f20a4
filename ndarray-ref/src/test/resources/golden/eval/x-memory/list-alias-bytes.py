a = np.ones(16)
l = [a] * 4
live_bytes()
del a
live_bytes()
l = None
live_bytes()
