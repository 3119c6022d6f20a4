a = np.arange(5, dtype=np.float32).reshape(1, 5)
b = a[-1]
c = a.view()
d = c.ravel()
e = d.astype(np.float64)
d.base.shape
e.base is c
(d.base is c, np.may_share_memory(d, c))
a.base.shape
np.shares_memory(e, c)
d[...] = 36
print(d)
print(b)
print(e)
