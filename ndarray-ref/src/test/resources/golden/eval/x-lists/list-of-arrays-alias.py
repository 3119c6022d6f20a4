a = np.zeros(2)
l = [a, a]
l[0][0] = 5
l
l[1] is a
