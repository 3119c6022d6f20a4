a = np.arange(6).reshape(2, 3)
l = a.tolist()
l
l[0] is l[1]
type(l[0][0])
