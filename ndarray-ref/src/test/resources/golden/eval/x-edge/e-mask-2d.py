a = np.arange(6).reshape(2, 3)
a[a > 2]
a[[True, False]]
a[np.array([True, False])].shape
a[a > 10].shape
a[:, a[0] > 0]
