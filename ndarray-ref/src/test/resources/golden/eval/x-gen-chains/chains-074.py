a = np.full(2, 1)
b = np.array(a, copy=False)
c = a.astype(np.float64)
d = b.ravel()
e = np.expand_dims(a, 0)
e.shape
b.flags['C_CONTIGUOUS']
b.flags.f_contiguous
e *= 2
print(e)
del c
live_bytes()
a.base is None
