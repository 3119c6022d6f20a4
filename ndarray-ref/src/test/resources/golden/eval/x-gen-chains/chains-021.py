a = np.ones(3).reshape(1, 3)
b = a[None]
c = np.array(b, copy=False)
d = b[()]
b.base is None
d.flags['WRITEABLE']
b.shape
a.flags.f_contiguous
d is c
b += 1
a
b
del c, b
live_bytes()
a.base is None
