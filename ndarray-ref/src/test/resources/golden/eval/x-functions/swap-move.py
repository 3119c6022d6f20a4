a = np.zeros((2, 3, 4))
np.swapaxes(a, 0, -1).shape
a.swapaxes(1, 2).shape
np.moveaxis(a, [0, 1], [-1, -2]).shape
np.moveaxis(a, -1, 0).strides
