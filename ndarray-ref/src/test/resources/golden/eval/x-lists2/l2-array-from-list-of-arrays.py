a = np.arange(3)
b = np.array([a, a])
b.base is None
b[0, 0] = 5
a
c = np.array([a, [1, 2, 3]])
c.dtype
