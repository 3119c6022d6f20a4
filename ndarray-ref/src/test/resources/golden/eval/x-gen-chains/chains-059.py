a = np.full(4, 2, dtype=np.float64).reshape(4, 1)
b = np.asarray(a)
c = b[()]
d = b[...]
e = b.T
d is d
d.dtype
b[::2] = 44
print(e)
c
del d, c, e, a, b
live_bytes()
