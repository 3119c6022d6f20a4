a = np.ones(30).reshape(3, 5, 2)
b = a.astype(np.float64)
c = b[[2, 1, 0]]
d = a[:3]
e = a[...]
c.nbytes
b.nbytes
e.shape
d[d > 1] = 0
print(a)
c
print(e)
del a, b, d, e
live_bytes()
c.base is None
