d = np.zeros((0, 1))
np.take(d, [-2, 1, 1], axis=-1)
np.take(d, [[5]], axis=1).shape
np.take(d, [5], axis=0)
np.take(np.zeros((2, 0, 3)), [7], axis=2)
np.take(np.zeros((2, 1, 3)), [7], axis=2)
