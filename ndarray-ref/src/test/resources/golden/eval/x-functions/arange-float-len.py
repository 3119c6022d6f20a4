np.arange(0, 1, 0.1)
np.arange(0.5, 2.5)
len(np.arange(0, 1, 0.3))
