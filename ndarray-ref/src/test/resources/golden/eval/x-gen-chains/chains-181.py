a = np.zeros(12, dtype=np.int32).reshape(4, 3)
b = a.reshape(-1, 2)
c = np.lib.stride_tricks.as_strided(b)
d = b[None]
e = np.copy(d)
d.flags['OWNDATA']
e.strides
np.shares_memory(b, a)
a.base.shape
a.shape
b[0] = 102
e
del b, a, c, d
live_bytes()
e.base is None
