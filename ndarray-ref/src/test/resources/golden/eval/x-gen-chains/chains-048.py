a = np.linspace(0, 2, 3)
b = a.reshape(-1, 3)
c = np.split(b, 1)[0]
d = b.flatten()
e = d.astype(d.dtype)
d.strides
b.shape
d is c
d += 1
print(b)
