x = np.arange(3)
y = np.array(x, ndmin=3)
y.strides, y.base is x, y.shape
np.array(x, copy=None, ndmin=2).base is x
np.array(x[::2], ndmin=2).strides
np.array(np.ones((2, 2), order='F'), ndmin=3).strides
np.array(np.ones((2, 2), order='F'), ndmin=3, order='C').strides
np.array(x, ndmin=2, order='F').strides
np.array(5, ndmin=2).strides
np.asarray(x[::2], ndmin=2) if False else None
