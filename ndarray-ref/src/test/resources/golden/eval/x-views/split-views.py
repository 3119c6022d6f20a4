a = np.arange(9)
parts = np.split(a, 3)
parts
parts[1].base is a
parts[1][0] = 100
a
