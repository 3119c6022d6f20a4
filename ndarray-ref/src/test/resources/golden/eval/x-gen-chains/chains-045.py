a = np.zeros(12, dtype=np.int32).reshape(4, 3)
b = a.T
c = a[...]
d = b.astype(b.dtype)
c.flags.f_contiguous
d.flags['WRITEABLE']
np.shares_memory(b, b)
c.flags['C_CONTIGUOUS']
b[b > 1] = 0
c
del b, d, c
live_bytes()
a.base is None
