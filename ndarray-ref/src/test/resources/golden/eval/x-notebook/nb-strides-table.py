x = np.zeros((4, 5), dtype=np.float64)
x.strides
x[::2].strides
x[:, ::2].strides
x.T.strides
x[::-1, ::-1].strides
x[1:3, 1:3].strides
