# Seed notebook, "Assigning an array to a variable": an alias, not a view.
a = np.array([[1,2], [3,4]])
a
b = a
b
a is b
a is b.base
b[0] = 999
a
b
a is b.base
