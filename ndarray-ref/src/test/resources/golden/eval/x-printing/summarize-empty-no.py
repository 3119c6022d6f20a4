np.zeros((0, 2000))
