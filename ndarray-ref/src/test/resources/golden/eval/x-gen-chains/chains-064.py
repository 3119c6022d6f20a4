a = np.full(5, 0, dtype=np.float32)
b = a.flatten()
c = b.astype(np.int64, copy=False)
d = a[[-2, -2, 1]]
a.flags['C_CONTIGUOUS']
d.flags['C_CONTIGUOUS']
np.shares_memory(b, d)
c[-1] = 13
b
d
print(c)
del d, a, c
live_bytes()
b.base is None
