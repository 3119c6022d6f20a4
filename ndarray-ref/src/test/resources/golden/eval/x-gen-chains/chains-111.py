a = np.arange(4, dtype=np.float64)
b = a.reshape(-1, 1)
c = np.asfortranarray(b)
d = np.lib.stride_tricks.as_strided(b)
e = b[None]
a.shape
b.base is None
d[...] = 57
d
b
print(e)
del d, a, b, e, c
live_bytes()
