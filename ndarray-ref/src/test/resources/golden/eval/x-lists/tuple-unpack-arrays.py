a = np.arange(6).reshape(3, 2)
x, y, z = a
x
x.base is a
p, q = a.T
q
