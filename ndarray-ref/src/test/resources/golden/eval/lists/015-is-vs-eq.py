# `is` asks for the same object; == compares values (element-wise for arrays).
x = [1, 2]
y = [1, 2]
x == y
x is y
a = np.array([1, 2])
b = np.array([1, 2])
a == b
a is b
a is a
