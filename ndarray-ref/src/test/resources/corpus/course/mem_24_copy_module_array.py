import copy
a = np.arange(3)
b = copy.copy(a)
b.base is None
b[0] = 10
a
