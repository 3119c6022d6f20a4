np.arange(2000) % 3 == 0
