a = np.arange(24).reshape(2, 3, 4)
b = a.transpose(1, 0, 2)
b.shape, b.strides
np.transpose(a, (2, 1, 0)).strides
np.moveaxis(a, 0, -1).shape
