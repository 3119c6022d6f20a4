m = np.arange(6).reshape(3, 2)
m[0], m[1] = m[1], m[0]
m
m2 = np.arange(6).reshape(3, 2)
m2[[0, 1]] = m2[[1, 0]]
m2
