a = np.ones(3, dtype=np.int8)
b = np.split(a, 1)[0]
c = a.astype(np.int64, copy=False)
d = b[()]
a.shape
b is d
(d.base is b, np.may_share_memory(d, b))
c.dtype
b.flags['WRITEABLE']
c.fill(70)
print(d)
print(b)
a
del a, d, b, c
live_bytes()
