a = np.ones(3, dtype=np.int16).reshape(3, 1)
b = a.squeeze()
c = a.reshape(3)
d = np.split(b, 1)[0]
e = b[:3]
b.base is None
b.base is None
d.flags['WRITEABLE']
a is b
a.shape
e[-1] = 77
print(a)
del e, d, c
live_bytes()
a.base is None
