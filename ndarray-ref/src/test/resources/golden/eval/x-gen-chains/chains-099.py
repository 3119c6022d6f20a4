a = np.full(50, 3, dtype=np.int8).reshape(5, 2, 5)
b = a[[4, 1, -5]]
c = b.copy()
d = np.expand_dims(a, 0)
e = np.broadcast_to(a, (2,) + a.shape)
e.nbytes
b.base.shape
d.nbytes
e.fill(17)
c
print(a)
b
del d, b, e
live_bytes()
c.base is None
