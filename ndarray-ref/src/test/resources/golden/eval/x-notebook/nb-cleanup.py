a = np.ones((100, 100))
b = a[:50]
c = a[50:].copy()
live_bytes()
del a
live_bytes()
del b
live_bytes()
del c
live_bytes()
