a = np.arange(6).reshape(2, 3)
a.flags
a.T.flags
