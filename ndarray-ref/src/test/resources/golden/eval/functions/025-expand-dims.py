# expand_dims inserts an axis; it is a view.
a = np.arange(3)
e = np.expand_dims(a, 0)
e.shape, e.strides
np.expand_dims(a, -1).shape
np.expand_dims(a, (0, 2)).shape
np.shares_memory(e, a)
np.expand_dims(a, 3)
