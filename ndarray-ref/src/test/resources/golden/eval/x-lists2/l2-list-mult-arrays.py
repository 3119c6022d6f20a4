a = np.zeros(2)
l = [a] * 3
l[0][1] = 7
l
l[2] is a
