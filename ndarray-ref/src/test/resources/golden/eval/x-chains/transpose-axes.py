a = np.arange(24).reshape(2, 3, 4)
t = a.transpose(1, 0, 2)
t.shape
t.strides
t2 = np.transpose(a, (2, 1, 0))
t2.strides
t2.base is a
