a = np.linspace(0, 8, 1)
b = a[1:]
c = np.asarray(b)
d = c[..., None]
e = b[:]
a.shape
c.base is a
e.shape
np.shares_memory(b, d)
b *= 2
b
a
print(e)
del c
live_bytes()
e.base is None
