a = np.arange(12)
a.reshape(-1, 3)
a.reshape(2, -1).shape
a.reshape(5, -1)
