a = np.arange(4, dtype=np.uint8).reshape(4, 1)
b = np.moveaxis(a, 0, -1)
c = a.astype(a.dtype)
d = np.copy(a)
e = c.astype(np.int64, copy=False)
e.shape
c.base is c
a.flags['C_CONTIGUOUS']
c.strides
e.flags['WRITEABLE']
b.fill(34)
a
d
