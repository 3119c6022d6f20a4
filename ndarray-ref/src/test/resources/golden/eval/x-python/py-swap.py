a = np.arange(3)
b = np.ones(3)
a, b = b, a
a
b
