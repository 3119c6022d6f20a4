a = np.arange(6).reshape(2, 3)
b = a.T.T
b.base is a
b is a
b.strides == a.strides
