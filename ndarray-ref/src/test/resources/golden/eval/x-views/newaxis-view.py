a = np.arange(3)
c = a[:, np.newaxis]
c.shape
c.strides
c.base is a
r = a[None, :]
r.shape, r.strides
