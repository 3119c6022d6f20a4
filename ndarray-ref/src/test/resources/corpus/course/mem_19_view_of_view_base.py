a = np.arange(10)
b = a[2:8]
c = b[1:3]
c.base is a
c.base is b
d = c.view()
d.base is a
