a = np.ones(25).reshape(5, 5)
b = a[..., None]
c = a[None]
np.shares_memory(c, a)
a.strides
a.base is None
b[b > 1] = 0
b
print(c)
print(a)
del a, c, b
live_bytes()
