a = np.arange(12, dtype=np.int32).reshape(3, 4, 1)
b = a[-2]
c = np.moveaxis(b, 0, -1)
d = np.ascontiguousarray(c)
e = a.swapaxes(0, 1)
a.base.shape
d.nbytes
c[0] = 97
print(c)
b
del b, a, c
live_bytes()
d.base is None
