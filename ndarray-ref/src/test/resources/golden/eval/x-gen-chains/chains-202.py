a = np.linspace(0, 4, 5)
b = a[a > 2]
c = a.astype(np.int64, copy=False)
d = c[None]
a.base is b
b is a
a.base is d
np.shares_memory(c, a)
c[...] = 57
d
del c, a, b, d
live_bytes()
