a = np.array([0, 1, 2])
t = np.tile(a, 2)
t, t.base is None, t.base is a, t.base.shape, np.shares_memory(t, a)
t2 = np.tile(a, (2, 2))
t2, t2.base.shape, t2.strides
np.tile(a, (2, 1, 2))
one = np.tile(a, 1)
one, one.base is None, one is a, np.shares_memory(one, a)
o2 = np.tile(a, (1, 1))
o2, o2.base is None, o2.strides
b = np.array([[1, 2], [3, 4]])
np.tile(b, 2)
np.tile(b, (2, 1))
np.tile(b, (2, 1)).base.shape
np.tile([1, 2], 1).base
np.tile([1, 2], 2)
f = np.asfortranarray(b)
np.tile(f, 1).strides, np.tile(f, (1, 1, 1)).strides
np.tile(b.T, (2, 2))
np.tile(np.zeros((0, 2)), 3).shape
np.tile(5, 3)
np.tile(a, 0)
np.tile(a, ())
