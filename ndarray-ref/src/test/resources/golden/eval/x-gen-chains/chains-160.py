a = np.arange(6, dtype=np.int32).reshape(3, 2)
b = a.ravel()
c = b[..., None]
d = c[...]
e = a[:, 1::2]
a.flags['OWNDATA']
b.shape
(c.base is b, np.may_share_memory(c, b))
e.dtype
e[0] = 70
d
print(c)
del c, b
live_bytes()
e.base is None
