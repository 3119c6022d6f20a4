a = np.zeros(4)
a[:] = [1, 2]
a[:2] = np.arange(3)
a[[0, 1]] = [1, 2, 3]
