a = np.arange(9).reshape(3, 3)
a += a.T
a
