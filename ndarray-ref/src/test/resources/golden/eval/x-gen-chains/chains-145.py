a = np.arange(15, dtype=np.float64).reshape(3, 5)
b = a[None]
c = np.lib.stride_tricks.as_strided(b)
d = np.asfortranarray(b)
c.flags.f_contiguous
b.base is None
a.shape
c.base is None
c *= 2
a
print(b)
c
del d
live_bytes()
a.base is None
