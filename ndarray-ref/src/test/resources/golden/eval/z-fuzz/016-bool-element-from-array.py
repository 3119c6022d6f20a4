f = np.zeros((2, 2), dtype=bool)
f[-1, -2] = np.arange(3.)
f[0, 0] = np.ones(1)
f[0, 1] = np.zeros((1, 1))
f[1, 1] = [0]
f
