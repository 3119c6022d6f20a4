# diagonal is a read-only view; offset moves it.
m = np.arange(12).reshape(3, 4)
m.diagonal()
m.diagonal(offset=1)
m.diagonal(offset=-1)
m.diagonal(offset=5)
m.diagonal().strides
m.diagonal().base is m.base
