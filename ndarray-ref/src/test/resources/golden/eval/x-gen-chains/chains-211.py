a = np.full(15, -4).reshape(5, 3)
b = a.reshape(-1, 1)
c = a[..., None]
d = a.T
e = a[()]
c is a
e.nbytes
d.base is None
e[::2] = 57
c
e
b
del c, d, e
live_bytes()
a.base is None
