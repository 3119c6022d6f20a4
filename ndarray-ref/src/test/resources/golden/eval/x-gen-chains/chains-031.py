a = np.linspace(0, 8, 4).reshape(1, 4)
b = a.T
c = a[()]
a.flags['OWNDATA']
a.strides
c[::2] = 3
print(c)
print(b)
del a
live_bytes()
b.base is None
