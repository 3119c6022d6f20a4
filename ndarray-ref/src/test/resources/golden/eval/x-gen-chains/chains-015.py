a = np.zeros(2).reshape(1, 2)
b = a.copy()
c = b.transpose()
d = b[()]
e = np.lib.stride_tricks.as_strided(a)
c.shape
d is b
d.flags['WRITEABLE']
b.flags.f_contiguous
d.base is None
b *= 2
print(e)
b
d
del c, e, b, d
live_bytes()
a.base is None
