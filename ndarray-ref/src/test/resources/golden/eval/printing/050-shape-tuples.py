# Shapes and strides are tuples of Python ints.
np.zeros(5).shape
np.zeros((5,)).shape
np.zeros((2, 3, 4)).shape
type(np.zeros(5).shape[0])
np.zeros(()).shape
np.zeros(5).shape == (5,)
