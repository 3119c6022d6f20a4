d = np.arange(10.).reshape((10, 1, 1))
e = d[::3, ..., :1:-3]
e.strides
a = np.arange(12).reshape(3, 4)
a[5:1:2].strides
a[:, 3:1:-2].strides
a[::-1, 4:].strides
