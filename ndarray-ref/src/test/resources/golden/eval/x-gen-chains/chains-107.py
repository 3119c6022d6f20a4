a = np.arange(10).reshape(2, 5)
b = np.broadcast_to(a, (2,) + a.shape)
c = np.moveaxis(a, 0, -1)
d = np.expand_dims(c, 0)
d.base is None
a.base is a
b.nbytes
d.flags['C_CONTIGUOUS']
b.base.shape
b
c
d
del b, a, d, c
live_bytes()
