# Swapping names does not copy anything.
a = np.arange(3)
b = np.ones(3)
a, b = b, a
a
b
a[0] = 5
b, a
