a = np.zeros(15).reshape(3, 5)
b = np.expand_dims(a, 0)
c = a[None]
c.base is None
np.shares_memory(b, c)
c[::2] = 13
c
print(b)
a
del b, c
live_bytes()
a.base is None
