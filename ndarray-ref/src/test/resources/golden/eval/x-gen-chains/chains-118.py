a = np.arange(5, dtype=np.int32)
b = a[()]
c = np.copy(b)
b.flags['WRITEABLE']
a.flags['C_CONTIGUOUS']
a is c
c[0] = 29
print(b)
print(a)
del a
live_bytes()
c.base is None
