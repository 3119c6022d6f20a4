a = np.arange(6)
a.reshape((2, 3), order="F")
a.reshape(3, 2, order="C")
np.reshape(a, (3, 2), order="F").flags.owndata
a.ravel(order="F")
