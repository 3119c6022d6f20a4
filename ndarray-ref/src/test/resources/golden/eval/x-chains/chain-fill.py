a = np.zeros((2, 4))
a[:, 1:3].fill(5)
a
a[[0]].fill(9)
a
