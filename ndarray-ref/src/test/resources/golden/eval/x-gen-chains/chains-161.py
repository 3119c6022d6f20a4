a = np.full(4, 0, dtype=np.int32)
b = np.array(a)
c = np.asarray(b)
d = np.asarray(b)
d.base is a
a.base.shape
a.nbytes
d.flags['WRITEABLE']
b.strides
d[...] = 22
b
a
print(c)
del a, c, d, b
live_bytes()
