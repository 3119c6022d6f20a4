a = np.zeros(500)
b = a[:10].copy()
live_bytes()
del a
live_bytes()
