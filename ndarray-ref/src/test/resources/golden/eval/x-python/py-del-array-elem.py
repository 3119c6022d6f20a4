a = np.arange(3)
del a[0]
a
l = [1, 2, 3]
del l[0], l[0]
l
