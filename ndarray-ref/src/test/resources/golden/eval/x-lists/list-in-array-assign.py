a = np.zeros(4, dtype=int)
a[1:3] = [7, 8]
a
a[[0, 3]] = [1, 2]
a
