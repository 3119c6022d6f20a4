a = np.full(6, -1, dtype=np.int8).reshape(2, 3)
b = a[()]
c = a.reshape(-1, 2)
b.flags['OWNDATA']
c.dtype
a.base is None
(c.base is c, np.may_share_memory(c, c))
c.flags.f_contiguous
c.fill(61)
a
print(c)
print(b)
