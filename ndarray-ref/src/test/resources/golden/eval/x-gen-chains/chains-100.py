a = np.full(12, 0).reshape(3, 4)
b = np.array(a, copy=False)
c = b[None]
d = c[None]
e = np.broadcast_to(a, (2,) + a.shape)
b.flags['WRITEABLE']
e.flags['OWNDATA']
d.flags['OWNDATA']
c[-1] = 18
print(a)
d
e
del b, c, a
live_bytes()
e.base is None
