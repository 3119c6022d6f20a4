a = np.zeros(2, dtype=np.float64).reshape(1, 2)
b = a.reshape(2)
c = b[()]
b.flags['OWNDATA']
a.flags['OWNDATA']
b.strides
b *= 2
c
print(a)
b
del a, c
live_bytes()
b.base is None
