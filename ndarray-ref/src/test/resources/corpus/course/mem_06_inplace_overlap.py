a = np.arange(6)
a[1:] += a[:-1]
a
b = np.arange(6)
b[1:] = b[1:] + b[:-1]
b
