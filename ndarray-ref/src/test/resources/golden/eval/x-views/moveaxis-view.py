a = np.zeros((2, 3, 4))
b = np.moveaxis(a, 0, -1)
b.shape
b.strides
b.base is a
