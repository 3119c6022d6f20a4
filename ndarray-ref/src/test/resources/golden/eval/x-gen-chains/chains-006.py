a = np.zeros(25, dtype=np.int16).reshape(5, 5, 1)
b = a.reshape(-1, 1)
c = b[..., None]
d = a[None]
e = d.reshape(25)
c.base is None
d.dtype
e.shape
c.flags['WRITEABLE']
b[b > 1] = 0
print(e)
del d
live_bytes()
e.base is None
