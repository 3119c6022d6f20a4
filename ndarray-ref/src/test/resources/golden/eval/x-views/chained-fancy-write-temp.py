a = np.zeros(5, dtype=int)
a[[0, 2]][0] = 7
a
a[1:4][0] = 7
a
