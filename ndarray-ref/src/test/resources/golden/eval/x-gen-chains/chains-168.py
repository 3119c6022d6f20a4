a = np.linspace(0, 3, 3).reshape(3, 1)
b = np.array(a, copy=False)
c = np.array(a, copy=False)
d = c.copy()
e = c[c > 2]
(c.base is d, np.may_share_memory(c, d))
np.shares_memory(b, e)
d[...] = 16
e
del a, e, c
live_bytes()
d.base is None
