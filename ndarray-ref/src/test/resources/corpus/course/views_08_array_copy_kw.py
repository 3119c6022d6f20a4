a = np.array([1,2,5,7])
b = np.array(a, copy=True)
b.base is None
c = np.array(a)
c.base is None
d = np.asarray(a)
d is a
c[0] = 100
a
