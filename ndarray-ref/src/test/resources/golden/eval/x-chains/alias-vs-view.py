a = np.arange(3)
b = a
c = a[:]
b is a
c is a
b[0] = 10
c[1] = 20
a
