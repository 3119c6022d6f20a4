a = np.zeros((2, 3))
a += np.arange(3)
a
a *= 2
a
