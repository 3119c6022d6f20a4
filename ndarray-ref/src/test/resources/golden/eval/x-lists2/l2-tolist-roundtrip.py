a = np.array([[1.5, 2], [3, 4]])
l = a.tolist()
l
np.array(l).dtype
l[0][0] = 0
a[0, 0]
