a = np.zeros(4, dtype=np.int8).reshape(2, 1, 2)
b = a.squeeze()
c = np.array(a, copy=False)
c.flags['C_CONTIGUOUS']
b is c
b.nbytes
a.flags['WRITEABLE']
c[...] = 96
c
a
b
del c
live_bytes()
b.base is None
