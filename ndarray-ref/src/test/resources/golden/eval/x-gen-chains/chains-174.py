a = np.ones(1, dtype=np.int32).reshape(1, 1)
b = a[[0, 0, -1]]
c = a.reshape(-1, 1)
d = b.reshape(3)
e = np.array(b, copy=False)
c.flags['WRITEABLE']
d is a
c.dtype
d.flags['OWNDATA']
e *= 2
print(e)
a
c
del e, c, a, d
live_bytes()
b.base is None
