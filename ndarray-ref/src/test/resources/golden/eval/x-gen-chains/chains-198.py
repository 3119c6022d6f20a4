a = np.arange(15, dtype=np.int16).reshape(3, 1, 5)
b = a.copy()
c = b.astype(np.float64)
d = b.copy()
b.base is None
c.strides
a.base is a
a.dtype
d[d > 1] = 0
print(a)
b
