a = np.arange(20).reshape(4, 5)
b = a.flatten()
c = a.diagonal()
d = c.astype(np.float64)
b is a
b.base is None
c[...] = 114
print(c)
