a = np.arange(48, dtype=np.float32).reshape(4, 3, 4)
b = a.diagonal()
c = a.astype(np.float64)
d = np.lib.stride_tricks.as_strided(a)
e = d[..., None]
np.shares_memory(e, b)
d.base.shape
c.base is a
e.flags.f_contiguous
d.flags['C_CONTIGUOUS']
e[...] = 77
print(d)
del c, b, e, d, a
live_bytes()
