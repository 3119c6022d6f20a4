a = np.ones(45, dtype=np.int8).reshape(3, 3, 5)
b = a.squeeze()
c = b[2::2]
d = c[c > 3]
e = np.broadcast_to(c, (2,) + c.shape)
a is a
(d.base is a, np.may_share_memory(d, a))
d.base is None
c.strides
np.shares_memory(a, e)
c[c > 1] = 0
print(a)
print(c)
del d, b, c
live_bytes()
a.base is None
