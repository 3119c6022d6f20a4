np.zeros((0,))
np.zeros((3, 0))
np.zeros((0, 2, 2))
np.ones((1, 0), dtype=bool)
