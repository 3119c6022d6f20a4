a = np.zeros(2, dtype=np.uint8).reshape(1, 2)
b = a[()]
c = b.astype(np.int64, copy=False)
a.flags.f_contiguous
b.base is None
b[...] = 107
a
print(b)
print(c)
del a, b, c
live_bytes()
