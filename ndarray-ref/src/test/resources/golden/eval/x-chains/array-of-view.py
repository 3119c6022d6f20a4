a = np.arange(6)
b = a[1:4]
c = np.array(b)
c.base is None
d = np.array(b, copy=False)
d is b
