a = np.arange(20).reshape(1, 4, 5)
b = a[()]
c = np.ascontiguousarray(b)
d = a.swapaxes(0, 1)
e = b[None]
a.strides
c.flags.f_contiguous
c.shape
b.shape
b[...] = 106
print(c)
b
e
