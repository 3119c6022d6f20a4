np.split(np.array(3.0), 1)
np.array_split(np.array(3.0), 2)
np.array_split(np.zeros((2, 2)), 2, axis=5)
np.split(np.zeros((2, 2)), [1], axis=-3)
