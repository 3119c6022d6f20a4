a = np.arange(1, dtype=np.int16)
b = a[0::2]
c = a[()]
np.shares_memory(b, c)
(c.base is b, np.may_share_memory(c, b))
a.nbytes
b.flags['OWNDATA']
b.strides
b.fill(11)
a
c
print(b)
del c
live_bytes()
a.base is None
