# Reversed views overlapping the output.
a = np.arange(5)
a += a[::-1]
a
b = np.arange(5)
b[:] = b[::-1]
b
