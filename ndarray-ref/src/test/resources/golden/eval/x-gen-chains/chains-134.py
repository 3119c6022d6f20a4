a = np.ones(4, dtype=np.int16)
b = np.array(a)
c = b.astype(b.dtype)
d = np.expand_dims(a, 0)
e = a.astype(a.dtype)
e.strides
(c.base is b, np.may_share_memory(c, b))
c.base is None
d.base.shape
c.base is c
b[-1] = 9
d
c
e
del a, b
live_bytes()
c.base is None
