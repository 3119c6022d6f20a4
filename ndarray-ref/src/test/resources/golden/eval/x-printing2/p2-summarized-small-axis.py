np.zeros((1001, 1))
np.zeros((1, 1001), dtype=int)
