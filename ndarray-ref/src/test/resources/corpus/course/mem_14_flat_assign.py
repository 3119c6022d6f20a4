a = np.zeros((2, 3))
a.flat[::2] = 1
a
a.flat[4]
