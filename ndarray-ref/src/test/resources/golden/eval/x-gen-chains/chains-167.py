a = np.ones(5, dtype=np.int16)
b = a.copy()
c = a.reshape(5)
d = a[None]
e = c[..., None]
e.nbytes
b.base is d
e.nbytes
a.shape
(d.base is a, np.may_share_memory(d, a))
e[e > 1] = 0
e
print(a)
del e, b
live_bytes()
c.base is None
