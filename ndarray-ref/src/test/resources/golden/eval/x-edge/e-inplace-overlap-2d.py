a = np.arange(9).reshape(3, 3)
a[1:] += a[:-1]
a
b = np.arange(9).reshape(3, 3)
b[:, 1:] = b[:, :-1]
b
