a = np.arange(3)
t = (a, 1)
t[0][0] = 10
a
len(t)
