a = np.arange(3, dtype=np.float32).reshape(1, 3)
b = a[..., None]
c = np.array(b)
d = b.view()
e = b[b > 2]
a.base.shape
b.shape
b.base is c
b.base.shape
b.shape
e += 1
e
print(a)
del d
live_bytes()
a.base is None
