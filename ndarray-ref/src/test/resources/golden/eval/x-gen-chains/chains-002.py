a = np.zeros(1, dtype=np.uint8)
b = a.astype(np.int64, copy=False)
c = np.lib.stride_tricks.as_strided(a)
d = c.squeeze()
e = a[[0]]
e.shape
c.flags.f_contiguous
np.shares_memory(c, a)
e += 1
print(d)
del a, d, b
live_bytes()
c.base is None
