a = np.arange(2).reshape(1, 2, 1)
b = np.array(a, copy=False)
c = np.asfortranarray(a)
d = np.expand_dims(b, 0)
e = c[0::2, 1:, :]
(b.base is b, np.may_share_memory(b, b))
c.base.shape
e.shape
c.nbytes
b.fill(25)
b
del a, d, c
live_bytes()
e.base is None
