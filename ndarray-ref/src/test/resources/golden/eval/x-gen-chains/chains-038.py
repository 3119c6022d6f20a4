a = np.arange(48, dtype=np.float32).reshape(3, 4, 4)
b = np.moveaxis(a, 0, -1)
c = a.diagonal()
d = a.ravel()
c.strides
(c.base is b, np.may_share_memory(c, b))
d.nbytes
b.base is None
d.flags.f_contiguous
d[::2] = 106
b
del c, d, b
live_bytes()
a.base is None
