a = np.arange(8, dtype=np.int16).reshape(2, 4)
b = np.copy(a)
c = b[..., None]
d = a.astype(np.int64, copy=False)
b.shape
d.base is a
c[c > 1] = 0
print(d)
print(b)
