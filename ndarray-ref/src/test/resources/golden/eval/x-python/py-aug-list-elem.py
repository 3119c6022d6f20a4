l = [np.zeros(2), 5]
l[0] += 1
l[1] += 1
l
t = (np.zeros(2),)
t[0] += 1
t
