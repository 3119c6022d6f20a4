a = np.full(8, 1).reshape(2, 4)
b = a[()]
c = np.ascontiguousarray(a)
d = a.copy()
e = c[:2]
d.shape
a.flags['C_CONTIGUOUS']
d.dtype
d.nbytes
a.dtype
c[-1] = 114
c
del d, b
live_bytes()
c.base is None
