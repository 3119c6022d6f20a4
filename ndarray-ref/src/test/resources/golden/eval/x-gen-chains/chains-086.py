a = np.full(2, 0).reshape(2, 1)
b = a[0:]
c = np.ascontiguousarray(b)
d = c.T
e = np.array(c, copy=False)
c.base is c
d.strides
c.nbytes
np.shares_memory(c, a)
e[::2] = 19
c
a
del a
live_bytes()
c.base is None
