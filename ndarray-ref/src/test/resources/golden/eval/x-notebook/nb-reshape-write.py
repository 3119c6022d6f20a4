a = np.arange(12)
b = a.reshape(3, 4)
b[1, 1] = 100
a
b.flags.owndata
a.flags.owndata
