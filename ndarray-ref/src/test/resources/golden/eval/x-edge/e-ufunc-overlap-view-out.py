a = np.arange(6)
a[1:] = a[:-1] * 2
a
b = np.arange(6)
b[::2] += b[1::2]
b
