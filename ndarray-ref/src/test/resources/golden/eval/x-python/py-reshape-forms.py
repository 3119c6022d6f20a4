a = np.arange(6)
a.reshape((2, 3))
a.reshape([3, 2])
a.reshape(6, 1).shape
np.reshape(a, -1).shape
a.reshape(1, -1).shape
a.reshape(2, 3, 1, 1).shape
