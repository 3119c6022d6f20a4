a = np.arange(1, dtype=np.int16).reshape(1, 1)
b = np.copy(a)
c = np.asarray(b)
b.flags['WRITEABLE']
a is c
b.strides
b.base is None
b.flags['C_CONTIGUOUS']
c += 1
print(c)
a
print(b)
del b, c, a
live_bytes()
