a = np.arange(10).reshape(5, 2)
b = np.broadcast_to(a, (2,) + a.shape)
c = b.reshape(20)
d = np.ascontiguousarray(c)
e = a.astype(a.dtype)
c.flags['WRITEABLE']
e.flags['OWNDATA']
b.fill(15)
a
c
print(b)
del c, b, a, e, d
live_bytes()
