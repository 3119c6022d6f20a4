a = np.arange(20, dtype=np.float32).reshape(5, 4)
b = a.squeeze()
c = np.ascontiguousarray(a)
d = c[..., None]
a.base.shape
c.nbytes
b.nbytes
a is a
d.flags['OWNDATA']
c[...] = 44
a
