# split returns a list of views.
a = np.arange(6)
parts = np.split(a, 3)
parts
parts[1].base is a
parts[1][0] = -1
a
np.split(a, 4)
