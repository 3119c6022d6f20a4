a = np.arange(12).reshape(3, 4)
b = a[::-1, ::-2]
b
b.strides
b.base is a
