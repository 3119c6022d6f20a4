np.eye(-1)
np.zeros((-1, 2))
np.full((2, 2), "x", dtype=int)
np.arange(0, 10, 0)
