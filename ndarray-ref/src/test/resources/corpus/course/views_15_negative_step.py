a = np.arange(5)
r = a[::-1]
r
r.strides
r.base is a
r[0] = 42
a
