a = np.ones((3, 4, 5, 6))
np.rollaxis(a, 3, 1).shape
np.rollaxis(a, 2).shape
np.rollaxis(a, 1, 4).shape
np.rollaxis(a, 1, 4).strides
r = np.rollaxis(a, 1, 1)
r is a, r.base is a, r.strides
np.rollaxis(a, -1).strides
np.rollaxis(a, 0, -1).shape
np.rollaxis(a, 4)
np.rollaxis(a, 0, 5)
np.rollaxis(a, 0, -5)
np.rollaxis([[1]], 0)
b = np.arange(6).reshape(2, 3)
v = np.rollaxis(b, 1)
v, v.base is b.base, np.shares_memory(v, b)
