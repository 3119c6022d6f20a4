a = np.arange(9).reshape(3, 3)
d = np.diagonal(a)
d
d.flags.writeable
d[0] = 5
