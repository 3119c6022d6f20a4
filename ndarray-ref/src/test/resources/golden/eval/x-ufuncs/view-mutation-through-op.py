a = np.arange(6)
v = a[::2]
v *= 10
a
v.base is a
