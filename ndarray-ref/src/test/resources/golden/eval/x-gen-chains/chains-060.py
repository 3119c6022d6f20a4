a = np.full(4, -2).reshape(2, 2)
b = np.copy(a)
c = b.transpose()
d = np.array(c)
a.shape
c is c
b.flags.f_contiguous
d[d > 1] = 0
print(a)
del d
live_bytes()
c.base is None
