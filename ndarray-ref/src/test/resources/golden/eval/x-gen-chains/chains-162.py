a = np.arange(5, dtype=np.uint8).reshape(1, 5)
b = np.array(a, copy=False)
c = a.reshape(5)
d = b[1:1]
e = d.squeeze()
b.nbytes
(a.base is d, np.may_share_memory(a, d))
e is c
b is a
c.base.shape
d.fill(35)
d
del e
live_bytes()
c.base is None
