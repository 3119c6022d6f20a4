a = np.arange(8, dtype=np.uint8).reshape(1, 2, 4)
b = a.ravel()
c = a[:, 0]
b.flags.f_contiguous
b.base is None
c[0] = 13
b
print(a)
c
del c
live_bytes()
a.base is None
