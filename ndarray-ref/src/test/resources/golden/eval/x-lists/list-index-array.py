a = np.arange(10) * 10
a[[1, 2]]
a[[True, False] * 5]
a[[-1, 0]]
