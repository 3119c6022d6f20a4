a = np.arange(10, dtype=np.float32).reshape(5, 2)
b = a.copy()
c = a[a > 1]
d = a.astype(np.int64, copy=False)
e = d[()]
c.dtype
d.base is c
(c.base is e, np.may_share_memory(c, e))
c[...] = 85
print(d)
