(np.arange(2000) / 3).reshape(40, 50)
