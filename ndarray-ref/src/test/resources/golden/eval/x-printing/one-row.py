np.arange(4).reshape(1, 4)
np.arange(4).reshape(1, 1, 4)
