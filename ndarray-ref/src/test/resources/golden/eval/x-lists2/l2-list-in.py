l = [1, 2, 3]
2 in l
5 not in l
a = np.arange(3)
2 in a
7 in a
