a = np.full(5, -2, dtype=np.int8).reshape(5, 1)
b = np.ascontiguousarray(a)
c = a.reshape(5)
d = np.array(b)
a.nbytes
c[0] = 110
b
del b, a, c
live_bytes()
d.base is None
