a = np.full(40, 9, dtype=np.float64).reshape(4, 2, 5)
b = a[..., None]
c = np.lib.stride_tricks.as_strided(a)
c.base is b
np.shares_memory(b, b)
c.base is None
a.base.shape
b[b > 1] = 0
c
a
del c, a
live_bytes()
b.base is None
