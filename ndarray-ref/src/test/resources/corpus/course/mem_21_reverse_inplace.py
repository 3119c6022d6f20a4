a = np.arange(6)
a[:] = a[::-1]
a
b = np.arange(6)
b = b[::-1]
b.base is None
