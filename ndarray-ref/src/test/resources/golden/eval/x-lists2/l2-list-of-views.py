a = np.arange(6)
parts = [a[:2], a[2:4], a[4:]]
parts[1][0] = -1
a
parts[0].base is a
parts
