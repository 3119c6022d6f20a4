a = np.arange(4)
a[[0, 1]] += 10
a
a[[0, 0]] += 1
a
