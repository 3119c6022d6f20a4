a = np.empty((2, 3))
a.shape, a.dtype, a.strides, a.flags.owndata, a.base is None
a[:] = 7
a
b = np.empty(4, dtype=np.int32)
b.fill(3)
b
c = np.empty(3)
c[0] = 1; c[1] = 2; c[2] = 3
c
d = np.empty_like(np.zeros((2, 2), dtype=np.int16))
d.dtype, d.shape
np.add(np.ones((2, 2), dtype=np.int16), 2, out=d)
d
e = np.empty(0)
e
live_bytes()
f = np.empty((3, 2))
f[...] = np.arange(6).reshape(3, 2)
f.T
g = np.empty(5, dtype=np.uint8)
g[::2] = 1
g[1::2] = 2
g.tolist()
h = np.empty(3)
k = h.copy()
k[:] = 4
k
