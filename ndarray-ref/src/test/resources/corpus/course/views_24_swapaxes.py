a = np.arange(24).reshape(2, 3, 4)
b = a.swapaxes(0, 2)
b.shape
b.strides
b[0, 0, 1] = 99
a[1, 0, 0]
