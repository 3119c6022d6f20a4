a = np.ones(8).reshape(1, 2, 4)
b = a.reshape(8)
c = a[0:, -2, :4]
d = np.asarray(c)
c.base.shape
c.flags.f_contiguous
c.base is None
d[...] = 20
d
