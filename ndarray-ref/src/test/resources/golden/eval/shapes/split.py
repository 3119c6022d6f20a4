x = np.arange(16.0).reshape(4, 4)
h = np.hsplit(x, 2)
h
h[0].base is x, h[0].strides, h[0].flags.c_contiguous, np.shares_memory(h[1], x)
v = np.vsplit(x, 2)
v
v[1].base is x, v[1].flags.c_contiguous
np.hsplit(x, [3, 6])
np.vsplit(x, np.array([3, 6]))
y = np.arange(8.0).reshape(2, 2, 2)
ds = np.dsplit(y, 2)
ds
ds[0].strides, ds[0].base is y
np.hsplit(y, 2)[0].shape
np.hsplit(np.arange(6), 3)
np.hsplit(np.arange(6), 4)
np.hsplit(np.array(5), 1)
np.vsplit(np.arange(4), 2)
np.dsplit(x, 2)
np.hsplit([1, 2, 3], 3)
np.vsplit([[1, 2], [3, 4]], 2)
h[0][0, 0] = 100.0
x[0]
np.split([1, 2, 3], 3)
np.split([1, 2, 3], [1])
np.array_split([1, 2, 3], 2)
np.vsplit([[1, 2], [3, 4]], [1])
np.dsplit(np.ones((1, 1, 2)), [1])[1].strides
