a = np.arange(10).reshape(5, 2)
b = np.moveaxis(a, 0, -1)
c = np.asarray(b)
d = np.moveaxis(b, 0, -1)
e = c.ravel()
(e.base is c, np.may_share_memory(e, c))
(c.base is b, np.may_share_memory(c, b))
b[-1] = 50
print(c)
del e, c
live_bytes()
d.base is None
