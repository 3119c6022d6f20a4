z = np.array([[1, 2, 3, 0], [0, 0, 5, 3], [4, 6, 0, 0]])
z
np.nonzero(z)
np.flatnonzero(z)
