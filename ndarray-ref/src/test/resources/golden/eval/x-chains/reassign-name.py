a = np.arange(3)
b = a[:]
a = np.zeros(3)
b.base is a
b
