a = np.arange(12).reshape(3, 4)
t = a.T
t.shape = (12,)
a.shape = (5, 2)
a.shape = (2, 6)
a.shape
