a = np.ones(6, dtype=np.uint8).reshape(2, 3)
b = np.ascontiguousarray(a)
c = a.T
d = a[None]
a.nbytes
d.dtype
d += 1
print(a)
del b, a
live_bytes()
c.base is None
