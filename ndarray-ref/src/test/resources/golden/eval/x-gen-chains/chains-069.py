a = np.arange(10, dtype=np.uint8).reshape(5, 1, 2)
b = np.asarray(a)
c = b.transpose()
d = b.ravel()
a.base is a
b.shape
a.base is a
a.base.shape
d.base is None
c[...] = 57
b
d
a
