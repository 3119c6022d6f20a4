a = np.arange(12).reshape(3, 4)
a[[0, 2], 1:3]
a[1:, [0, 3]]
a[[[0], [2]], [1, 3]]
a[np.array([0, 1]), np.array([1, 2])]
a[:, [True, False, True, False]]
a[[0, 1]][:, [0]].base is None
