l = [1, 2, 3]
a = np.array(l)
l[0] = 99
a
b = np.asarray(l)
b
