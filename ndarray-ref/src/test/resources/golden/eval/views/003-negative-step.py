# A negative step walks backwards through the same buffer: still a view.
a = np.arange(8)
r = a[::-1]
r
r.strides
r.base is a
r[0] = -1
a
