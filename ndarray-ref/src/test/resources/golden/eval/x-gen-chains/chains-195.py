a = np.ones(5)
b = a[:2]
c = b[()]
d = c.astype(c.dtype)
e = np.expand_dims(b, 0)
b.strides
c *= 2
print(a)
del c, a, d, b, e
live_bytes()
