a = np.linspace(0, 4, 4).reshape(2, 2)
b = a.T
c = np.ascontiguousarray(b)
d = a.astype(np.float64)
b.strides
a.flags['WRITEABLE']
c.flags.f_contiguous
a.flags.f_contiguous
b[::2] = 56
b
c
del b, c, a, d
live_bytes()
