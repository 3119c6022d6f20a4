np.arange(2000).reshape(20, 10, 10)
