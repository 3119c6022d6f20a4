a = np.arange(6)
b = a[a > 2]
c = b.reshape(3, 1)
c.base is b
c.base is a
