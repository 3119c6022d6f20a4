a = np.linspace(0, 7, 6).reshape(2, 3)
b = np.expand_dims(a, 0)
c = b[::-2]
d = np.copy(a)
e = np.expand_dims(d, 0)
b is c
b.base is None
c.strides
e[0] = 96
print(d)
c
