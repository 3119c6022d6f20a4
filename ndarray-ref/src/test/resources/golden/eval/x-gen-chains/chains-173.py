a = np.full(20, -2, dtype=np.int32).reshape(4, 5)
b = np.split(a, 1)[0]
c = a.astype(a.dtype)
d = c.astype(np.int64, copy=False)
e = np.ascontiguousarray(c)
a.base is None
c.base is None
b.base is b
c += 1
c
