a = np.arange(3000).reshape(100, 30)
a
