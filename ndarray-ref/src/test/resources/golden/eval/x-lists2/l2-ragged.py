np.array([[1, 2], [3]])
np.array([[1, 2], [3, 4, 5]])
np.array([1, [2, 3]])
np.array([[1], 2])
