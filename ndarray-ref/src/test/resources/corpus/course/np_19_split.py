a = np.arange(9)
parts = np.split(a, 3)
parts
for p in parts:
    print(p, p.base is a)
np.array_split(a, 4)
