a = np.arange(4)
e = a[...]
e is a
e.base is a
e[0] = 10
a
