a = np.arange(10)
b = a[::2]
c = b.copy()
c.base is None
d = c[1:]
d.base is c
