a = np.arange(16).reshape(4, 1, 4)
b = a.astype(np.int64, copy=False)
c = np.array(b, copy=False)
d = np.lib.stride_tricks.as_strided(a)
e = a[[-3, 0]]
c.base is None
a.base.shape
e is e
d.base is None
e.shape
c *= 2
e
print(d)
del d, b, e, a
live_bytes()
c.base is None
