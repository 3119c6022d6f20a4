a = np.linspace(0, 6, 3).reshape(1, 3)
b = a[()]
c = a.astype(np.int64, copy=False)
c.flags.f_contiguous
b.base is None
c.shape
b.dtype
a.flags.f_contiguous
c += 1
print(a)
c
print(b)
del c, a, b
live_bytes()
