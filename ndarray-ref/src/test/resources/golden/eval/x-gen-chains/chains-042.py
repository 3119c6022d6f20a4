a = np.full(2, 5, dtype=np.int8)
b = a[...]
c = a[..., None]
d = np.broadcast_to(c, (2,) + c.shape)
b.base is a
c.shape
b[b > 1] = 0
d
print(a)
print(b)
