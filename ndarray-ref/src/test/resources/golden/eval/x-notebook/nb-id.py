a = np.arange(3)
b = a
id(a) == id(b)
c = a[:]
id(a) == id(c)
a is c
