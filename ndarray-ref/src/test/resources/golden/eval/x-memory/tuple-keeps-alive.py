t = (np.ones(25), np.ones(25, dtype=np.int32))
live_bytes()
x = t[0]
del t
live_bytes()
