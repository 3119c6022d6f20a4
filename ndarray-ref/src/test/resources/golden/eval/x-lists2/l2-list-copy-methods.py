l = [np.arange(2), np.arange(2)]
m = l.copy()
m[0][0] = 9
l
m is l
m[0] is l[0]
n = l[:]
n[1] = None
l
