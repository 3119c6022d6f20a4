a = np.arange(1, dtype=np.int8)
b = a.astype(np.float64)
c = a[[-1, -1, 0]]
b.nbytes
a is c
np.shares_memory(a, b)
b.flags['OWNDATA']
a.strides
c[::2] = 12
print(b)
del a
live_bytes()
b.base is None
