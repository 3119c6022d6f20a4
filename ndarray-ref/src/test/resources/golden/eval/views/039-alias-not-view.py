# b = a is an alias: the same object, not a view.
a = np.array([[1, 2], [3, 4]])
b = a
a is b
a is b.base
b.base is None
b[0] = 999
a
