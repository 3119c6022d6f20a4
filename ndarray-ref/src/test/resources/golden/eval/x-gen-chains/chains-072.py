a = np.full(9, -5, dtype=np.float32).reshape(1, 3, 3)
b = a.flatten()
c = np.expand_dims(a, 0)
d = b[-1:0:-1]
a.flags['C_CONTIGUOUS']
a.flags.f_contiguous
b.flags['WRITEABLE']
b *= 2
c
d
del c, a
live_bytes()
b.base is None
