a = np.arange(12)
b = a.reshape(-1, 4)
b.shape
c = a.reshape(2, -1, 2)
c.shape
c.base is a
