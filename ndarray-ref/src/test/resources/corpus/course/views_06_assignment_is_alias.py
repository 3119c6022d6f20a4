a = np.array([[1,2], [3,4]])
b = a
a is b
a is b.base
b[0] = 999
a
b
a is b.base
