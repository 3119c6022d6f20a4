a = np.arange(24).reshape(2, 3, 4)
s = a.swapaxes(0, 2)
s.shape
s.strides
s.base is a
s[0, 0, 1] = -1
a[1, 0, 0]
