# A list holds references: the arrays in it are the same objects.
a = np.arange(3)
b = np.ones(2)
items = [a, b]
items[0] is a
items[0][0] = 100
a
copied = items[:]
copied[1] is b
