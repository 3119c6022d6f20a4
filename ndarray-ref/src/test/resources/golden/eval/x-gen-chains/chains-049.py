a = np.linspace(0, 8, 4)
b = np.copy(a)
c = a[::-1]
a.flags['WRITEABLE']
np.shares_memory(b, b)
c.strides
c.base is a
b.fill(99)
print(a)
print(b)
del a, b
live_bytes()
c.base is None
