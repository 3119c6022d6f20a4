a = np.arange(18, dtype=np.int32).reshape(3, 3, 2)
b = a[:, :0]
c = np.asarray(a)
a.strides
c.flags['WRITEABLE']
b.flags['OWNDATA']
b.flags['WRITEABLE']
a.base.shape
b += 1
a
print(b)
c
del a, c, b
live_bytes()
