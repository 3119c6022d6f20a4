a = np.arange(3)
np.expand_dims(a, 1).shape
np.expand_dims(a, -1).shape
np.expand_dims(a, (0, 2)).shape
np.expand_dims(a, 0).base is a
