m = np.arange(12).reshape(3, 4)
m.diagonal(1)
m.diagonal(-1)
np.diagonal(m, offset=2)
m.diagonal().strides
