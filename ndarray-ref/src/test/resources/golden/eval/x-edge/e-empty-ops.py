e = np.zeros((0, 3))
e.T.shape
e.reshape(3, 0).shape
e.reshape(-1, 3).shape
e[0]
e[:, 0]
e.ravel().base is e
e.sum(axis=0)
e.max()
