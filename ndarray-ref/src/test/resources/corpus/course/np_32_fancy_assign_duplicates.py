a = np.zeros(5)
a[[0, 0, 1]] += 1
a
np.add.at(a, [0, 0, 1], 1)
a
