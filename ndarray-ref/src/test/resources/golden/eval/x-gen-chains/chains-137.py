a = np.full(10, 9, dtype=np.int8).reshape(2, 5)
b = a.astype(np.float64)
c = b.astype(np.int64, copy=False)
d = c.ravel()
e = a.T
c.flags['C_CONTIGUOUS']
a.dtype
e.flags['OWNDATA']
c[0] = 47
print(c)
d
del d, b, e, c
live_bytes()
a.base is None
