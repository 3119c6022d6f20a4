a = np.arange(6).reshape(2, 3)
b = np.lib.stride_tricks.as_strided(a)
c = a.astype(np.int64, copy=False)
c.flags['C_CONTIGUOUS']
a.base.shape
c.dtype
(b.base is b, np.may_share_memory(b, b))
b[::2] = 73
a
print(c)
del c, a, b
live_bytes()
