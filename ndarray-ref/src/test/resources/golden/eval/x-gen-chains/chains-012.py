a = np.arange(20, dtype=np.float32).reshape(4, 5)
b = np.expand_dims(a, 0)
c = b.T
d = a.T
e = np.asarray(c)
c.dtype
c.base is b
b.strides
c.strides
c[0] = 120
d
