# a += a with the very same view is fine.
a = np.arange(4)
a += a
a
b = np.arange(4)
b[::2] += b[1::2]
b
