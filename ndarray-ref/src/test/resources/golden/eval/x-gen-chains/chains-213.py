a = np.ones(4).reshape(2, 2)
b = a[[1, -1]]
c = a[1:]
d = c.ravel()
e = np.moveaxis(a, 0, -1)
c is d
np.shares_memory(c, a)
c[-1] = 26
e
c
d
del e, c, d, b, a
live_bytes()
