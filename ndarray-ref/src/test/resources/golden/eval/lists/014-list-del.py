# del on a list removes elements; on an array it is an error.
L = [10, 20, 30, 40]
del L[0]
L
del L[1:]
L
a = np.arange(3)
del a[0]
a
