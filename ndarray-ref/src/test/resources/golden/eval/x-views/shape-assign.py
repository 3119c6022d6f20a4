a = np.arange(6)
a.shape = (2, 3)
a
a.shape = (3, -1)
a.shape
t = a.T
t.shape = (6,)
