a = np.arange(20).reshape(4, 5)
b = a.diagonal()
c = b.flatten()
b.dtype
c.flags['C_CONTIGUOUS']
a.flags.f_contiguous
a.base is None
b.flags['OWNDATA']
c[::2] = 95
print(a)
print(c)
print(b)
del c, b, a
live_bytes()
