a = np.zeros(1000)
live_bytes()
v = a[:10]
del a
live_bytes()
del v
live_bytes()
