a = np.arange(6).reshape(1, 2, 3)
np.transpose(a).shape
a.transpose().shape
a.transpose((0, 2, 1)).shape
a.T.strides
np.arange(4).T.base is None
