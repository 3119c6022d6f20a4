a = np.arange(8, dtype=np.uint8).reshape(2, 1, 4)
b = np.moveaxis(a, 0, -1)
c = b.reshape(8)
b.strides
a.shape
c.base is c
b.fill(57)
a
