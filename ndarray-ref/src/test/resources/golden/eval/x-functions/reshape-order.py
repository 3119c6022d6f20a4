a = np.arange(6)
a.reshape(2, 3, order='F')
a.reshape((3, 2))
np.reshape(a, (2, 3)).base is a
a.reshape(2, 3, order='F').base is a
