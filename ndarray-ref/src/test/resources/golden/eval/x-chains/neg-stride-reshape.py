a = np.arange(6)
r = a[::-1].reshape(2, 3)
r
r.base is a
r.strides
