a = np.full(5, 6, dtype=np.float32)
b = np.array(a, copy=False)
c = a[..., None]
d = b.ravel()
e = np.expand_dims(a, 0)
d.base is d
b.flags['OWNDATA']
c.base is e
d.shape
b.flags['OWNDATA']
c[...] = 88
a
b
del a, d
live_bytes()
b.base is None
