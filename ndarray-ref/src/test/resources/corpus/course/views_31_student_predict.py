# Predict each output before running!
a = np.arange(1, 7)
b = a.reshape(2, 3)
c = b[:, 1]
c[0] = 100
print(a)
d = b[:, [1]]
d[0] = -5
print(a)
print(c.base is a, d.base is a)
