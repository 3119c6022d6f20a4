# reshape errors.
a = np.arange(6).reshape(2, 3)
a.reshape(4, 5)
a.reshape(4, -1)
a.reshape(-1, -1)
a.reshape(2, 3, order='K')
a.T.reshape(6, copy=False)
a.reshape(3, -1)
