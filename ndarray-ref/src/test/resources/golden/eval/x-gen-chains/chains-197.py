a = np.ones(4, dtype=np.int8)
b = a.squeeze()
c = np.lib.stride_tricks.as_strided(a)
d = c[[1, 1, 1]]
e = np.broadcast_to(d, (2,) + d.shape)
a.base is None
c.flags['OWNDATA']
c.base is b
a.base.shape
c.dtype
c[0] = 7
e
print(a)
