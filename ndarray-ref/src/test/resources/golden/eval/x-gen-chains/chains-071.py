a = np.ones(3, dtype=np.int8).reshape(3, 1)
b = a.ravel()
c = a.transpose()
d = np.array(b, copy=False)
e = b.astype(b.dtype)
c.flags['OWNDATA']
a.flags['OWNDATA']
np.shares_memory(e, c)
a.flags.f_contiguous
b[...] = 44
print(c)
del d, c, e
live_bytes()
b.base is None
