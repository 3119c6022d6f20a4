a = np.ones(1, dtype=np.float64)
b = a.squeeze()
c = b[...]
b is c
a.base is None
b += 1
print(b)
