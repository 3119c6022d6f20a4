a = np.arange(4)
l = a.tolist()
l[0] = 100
a
l
type(l[1])
