np.arange(3).reshape(3, 1)
np.arange(3)[:, None] * 1.5
