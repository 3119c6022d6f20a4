a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
np.sort(a)
np.argsort(a)
a
a.sort()
a
np.unique(np.array([3, 1, 3, 2, 1]))
