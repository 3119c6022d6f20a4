a = np.arange(64)
b = a.reshape(8, 8)
c = b[2:4]
del a, b
live_bytes()
c.base.shape
del c
live_bytes()
