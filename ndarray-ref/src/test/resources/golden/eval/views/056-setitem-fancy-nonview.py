# Even though fancy indexing reads a copy, fancy assignment changes the original.
b = np.zeros((3, 3), dtype=int)
b[0][[0, 1]] = 5
b[[0, 1]][:, 0] = 7
b[:, 2][b[:, 2] == 0] = 1
b
