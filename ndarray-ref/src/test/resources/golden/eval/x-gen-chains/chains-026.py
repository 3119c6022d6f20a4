a = np.ones(1)
b = np.asarray(a)
c = b.T
d = c.view()
d.strides
a.flags['C_CONTIGUOUS']
b.dtype
a.flags.f_contiguous
c.flags.f_contiguous
d += 1
print(d)
del a
live_bytes()
d.base is None
