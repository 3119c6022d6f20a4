a = np.arange(6)
a[:-1] += a[1:]
a
