a = np.arange(3)
b = a.view()
id(a) == id(b)
id(a) == id(a)
c = a
id(c) == id(a)
