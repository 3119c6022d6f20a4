a = np.arange(7)
p = np.array_split(a, 3)
p
[p[0].base is a, p[1].base is a, p[2].base is a]
