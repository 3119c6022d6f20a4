a = np.arange(5)
a[[0, 5]]
a[[True, False]]
a[np.array([True, False, True])]
m = np.zeros((2, 2))
m[[0, 1], [0]]
m[[0, 1], [0, 1, 0]]
