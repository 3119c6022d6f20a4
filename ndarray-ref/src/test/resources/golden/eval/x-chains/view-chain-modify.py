a = np.zeros((3, 3), dtype=int)
b = a[1:]
c = b[:, 1:]
c[...] = 7
a
c.base is a
