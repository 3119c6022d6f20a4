a = np.arange(9, dtype=np.uint8).reshape(3, 3)
b = a.swapaxes(0, 1)
c = np.moveaxis(b, 0, -1)
c.strides
a.nbytes
b.shape
b[0] = 112
c
a
b
del c
live_bytes()
a.base is None
