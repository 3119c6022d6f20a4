np.arange(1100).reshape(2, 550)
