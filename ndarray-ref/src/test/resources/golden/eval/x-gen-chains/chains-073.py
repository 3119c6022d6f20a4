a = np.linspace(0, 4, 2).reshape(2, 1, 1)
b = a[:, -1]
c = np.split(a, 2)[0]
a.base is c
np.shares_memory(a, b)
b.shape
c.strides
b[-1] = 59
a
print(c)
