# Shapes of mixed basic and advanced indexing.
A = np.arange(24).reshape(2, 3, 4)
A[:, [0, 1], 0].shape
A[0, :, [0, 1]].shape
A[[0, 1], :, [0, 1]].shape
A[:, [[0], [1]], [0, 1]].shape
A[[0, 1], [1, 2]]
