a = np.arange(12)
b = a[2:10]
c = b.reshape(2, 4)
c.base is a
c[0, 0] = -5
a[2]
