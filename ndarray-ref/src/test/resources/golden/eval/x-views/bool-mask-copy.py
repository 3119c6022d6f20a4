a = np.arange(8)
m = a[a % 2 == 0]
m
m.base is None
m[:] = 0
a
