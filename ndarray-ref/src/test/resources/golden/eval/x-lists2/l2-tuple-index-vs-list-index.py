a = np.arange(12).reshape(3, 4)
a[(1, 2)]
a[[1, 2]]
a[(slice(0, 2), 1)]
a[[0, 1], [2, 3]]
