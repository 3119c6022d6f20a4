# An empty slice is still a view with shape (0,).
a = np.arange(6)
e = a[4:2]
e
e.shape, e.strides
e.base is a
np.shares_memory(e, a)
