a = np.zeros(5)
b = a.astype(np.float64)
c = np.copy(b)
a.flags['OWNDATA']
a.dtype
b is b
c.strides
c[0] = 53
print(b)
print(a)
c
del c
live_bytes()
a.base is None
