a = np.arange(6)
b = a.view()
b.shape = (2, 3)
b
a.shape
b.base is a
