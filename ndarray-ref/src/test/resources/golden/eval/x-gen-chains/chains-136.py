a = np.arange(10, dtype=np.int16).reshape(5, 2)
b = a[0:4]
c = b[:, :]
d = np.lib.stride_tricks.as_strided(c)
a.base is None
np.shares_memory(d, d)
c.flags.f_contiguous
c.fill(34)
c
del c
live_bytes()
b.base is None
