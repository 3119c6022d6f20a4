a = np.full(4, 5, dtype=np.int16).reshape(2, 2)
b = a.T
c = a.view()
b.nbytes
a is b
b[...] = 76
print(c)
del b, a
live_bytes()
c.base is None
