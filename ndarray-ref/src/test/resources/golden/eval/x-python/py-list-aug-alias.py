a = [1, 2]
b = a
a += [3]
b
a = a + [4]
b
a
