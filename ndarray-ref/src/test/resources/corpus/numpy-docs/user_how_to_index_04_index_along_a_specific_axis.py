a = np.arange(30).reshape(2, 3, 5)
a
np.take(a, [2, 3], axis=2)
np.take(a, [2], axis=1)
