x = np.array([[1, 2], [3, 4]])
r = np.repeat(x, 2)
r, r.base is None, r.flags.owndata, np.shares_memory(r, x)
np.repeat(x, 3, axis=1)
np.repeat(x, [1, 2], axis=0)
np.repeat(x, [1, 2], axis=0).strides
np.repeat(x.T, 2, axis=0).strides, np.repeat(x.T, 2, axis=0).flags.c_contiguous
np.repeat(3, 4)
np.repeat(np.array(7), 2, axis=0)
np.repeat(np.array(7), 2, axis=1)
np.repeat(x, [1, 2, 3], axis=0)
np.repeat(x, [1, -2], axis=0)
np.repeat(x, -1)
np.repeat(x, 0)
np.repeat(x, [2])
np.repeat(x, 2, axis=2)
np.repeat(x, np.array([0, 1]), axis=1)
m = x.repeat(2)
m, m.base is None
x.repeat(2, axis=0)
x.repeat([1, 3], 1)
x.repeat(2, 0).strides
np.repeat([[1.5, 2.5]], 2, axis=0)
