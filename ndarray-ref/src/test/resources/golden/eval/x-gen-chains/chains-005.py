a = np.full(1, 3, dtype=np.int8).reshape(1, 1)
b = a[...]
c = b.T
d = a[:, :]
e = b.astype(b.dtype)
b.shape
d.base is d
c[c > 1] = 0
print(c)
