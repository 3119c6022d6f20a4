a = np.arange(4)
np.resize(a, 6)
np.resize(a, (3, 3))
a.reshape(2, 2)
