a = np.zeros(12).reshape(1, 3, 4)
b = a[...]
c = a[None]
d = np.expand_dims(a, 0)
np.shares_memory(d, d)
d is d
b.fill(9)
print(c)
