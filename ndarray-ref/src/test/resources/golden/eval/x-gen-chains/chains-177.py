a = np.linspace(0, 1, 20).reshape(5, 4)
b = a.swapaxes(0, 1)
c = b.swapaxes(0, 1)
d = c[None]
e = a[1:1]
b.nbytes
a.base is None
c.flags.f_contiguous
c[0] = 95
d
b
