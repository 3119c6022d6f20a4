a = np.arange(1)
b = a.copy()
c = np.lib.stride_tricks.as_strided(a)
d = np.ascontiguousarray(c)
e = a.view()
d.strides
c is d
e.flags.f_contiguous
c.strides
d[d > 1] = 0
c
print(b)
