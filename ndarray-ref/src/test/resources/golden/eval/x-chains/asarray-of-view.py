a = np.arange(6)
b = a[1:4]
c = np.asarray(b)
c is b
c.base is a
