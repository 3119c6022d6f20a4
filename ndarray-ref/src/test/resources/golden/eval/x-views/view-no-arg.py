a = np.arange(5)
v = a.view()
v is a
v.base is a
v.shape = (5, 1)
a.shape
v.shape
