# Names that do not exist in numpy.
np.flatten
np.flatten(np.arange(3))
np.arange(3).nope
np.arange(3).shape()
