a = np.arange(9, dtype=np.uint8).reshape(3, 3)
b = np.lib.stride_tricks.as_strided(a)
c = a.reshape(9)
d = c[..., None]
b.flags.f_contiguous
b is d
c.fill(42)
c
