a = np.ones(4, dtype=np.int16)
b = np.expand_dims(a, 0)
c = a.T
a.base is None
a.strides
np.shares_memory(c, a)
c *= 2
a
print(c)
b
del c, b, a
live_bytes()
