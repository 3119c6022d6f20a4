a = np.arange(12)
x, y = np.split(a, 2)
z = y.reshape(2, 3)
z.base is a
z[1, 2] = -1
a
