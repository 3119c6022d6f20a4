a = np.arange(3, dtype=np.int32)
b = a.astype(a.dtype)
c = np.array(a, copy=False)
d = c.astype(c.dtype)
e = c.view()
e is d
e.dtype
c.flags.f_contiguous
b[b > 1] = 0
e
del d, c
live_bytes()
e.base is None
