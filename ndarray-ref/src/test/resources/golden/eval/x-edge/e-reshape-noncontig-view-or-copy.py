a = np.arange(12).reshape(3, 4)
b = a[:, :2]
c = b.reshape(6)
c.base is None
d = b.reshape(3, 2, 1)
d.base is a
e = a[::2].reshape(2, 2, 2)
e.base is a
f = a.T.reshape(2, 6)
f.base is None
g = a.T.reshape(4, 3, 1)
g.base is a
