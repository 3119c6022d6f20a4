a = np.arange(3)
b = a
del a
b
a
del b
del b
