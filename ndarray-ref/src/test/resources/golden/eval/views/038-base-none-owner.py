# The owner of a buffer has base None; everything sliced from it points at it.
a = np.array([1, 2, 3, 4])
a.base is None
a[1:].base is a
a[1:][1:].base is a
a.T.base is a
a.copy().base is None
