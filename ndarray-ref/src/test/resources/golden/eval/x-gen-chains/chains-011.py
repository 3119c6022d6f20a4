a = np.linspace(0, 8, 5)
b = a.reshape(5)
c = a[a > 2]
d = np.copy(a)
c.flags['C_CONTIGUOUS']
np.shares_memory(b, b)
a is d
d[0] = 15
print(a)
print(b)
del b
live_bytes()
c.base is None
