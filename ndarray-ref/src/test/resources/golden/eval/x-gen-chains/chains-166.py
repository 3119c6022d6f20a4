a = np.arange(1, dtype=np.float64)
b = a[[0]]
c = a.T
b.strides
b.flags['OWNDATA']
c.shape
c.base is c
np.shares_memory(c, a)
c[...] = -3
print(c)
del c, a
live_bytes()
b.base is None
