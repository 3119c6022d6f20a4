# A boolean index must match the axis length.
b = np.arange(6).reshape(2, 3)
b[[True, False, True]]
b[np.array([True, False])]
b[np.array([True, False, True]) > 0]
b[:, np.array([True, False, True])]
