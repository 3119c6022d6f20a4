a = np.arange(5, dtype=np.int8).reshape(5, 1)
b = a.reshape(-1, 1)
c = np.moveaxis(a, 0, -1)
d = np.expand_dims(b, 0)
e = a.view()
d.nbytes
e.flags['C_CONTIGUOUS']
a.flags['C_CONTIGUOUS']
a.base.shape
d[d > 1] = 0
print(c)
a
d
del a
live_bytes()
c.base is None
