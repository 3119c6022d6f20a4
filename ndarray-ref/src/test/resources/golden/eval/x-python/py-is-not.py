a = np.arange(3)
b = a[:]
b is not a
b.base is not None
a.base is not None
None is None
