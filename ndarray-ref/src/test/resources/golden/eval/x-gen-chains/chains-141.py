a = np.ones(4)
b = a.copy()
c = a[3:3]
d = b[()]
c.base.shape
d.base is None
d[...] = 80
print(a)
d
del c, a, b
live_bytes()
d.base is None
