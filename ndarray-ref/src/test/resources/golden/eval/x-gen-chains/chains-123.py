a = np.zeros(4)
b = a[()]
c = b[None]
d = np.moveaxis(c, 0, -1)
e = c.flatten()
a.flags['OWNDATA']
c.shape
b.strides
d.base is None
c += 1
d
del b, a, d, c, e
live_bytes()
