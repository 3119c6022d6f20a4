a = np.arange(10)
b = a[[2, 4, 6, 8]]
c = b[1:3]
c.base is b
c.base is a
c[0] = 0
a
b
