a = np.ones(8, dtype=np.float32).reshape(2, 4)
b = a.view()
c = b.reshape(8)
d = b[0:]
d.flags['C_CONTIGUOUS']
b.base is None
a.flags['WRITEABLE']
b.shape
d += 1
print(c)
print(b)
print(d)
del a, d
live_bytes()
c.base is None
