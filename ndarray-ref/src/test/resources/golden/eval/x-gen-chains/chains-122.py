a = np.ones(3, dtype=np.int32).reshape(3, 1)
b = a.flatten()
c = b[...]
d = np.array(a, copy=False)
d.shape
a.base is None
d.strides
c.strides
d[...] = 107
print(d)
c
