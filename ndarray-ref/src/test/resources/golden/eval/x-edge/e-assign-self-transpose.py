a = np.arange(9).reshape(3, 3)
a[...] = a.T
a
b = np.arange(4).reshape(2, 2)
b += b.T
b
