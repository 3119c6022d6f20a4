a = np.arange(15, dtype=np.float64).reshape(5, 3)
b = a[None]
c = np.moveaxis(a, 0, -1)
d = c[c > 0]
e = np.asfortranarray(d)
e is e
c.dtype
c.dtype
c is a
d[d > 1] = 0
print(b)
e
