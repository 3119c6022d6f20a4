a = np.linspace(0, 7, 5)
b = a[[0, -2]]
c = np.ascontiguousarray(a)
d = c[...]
d.strides
b.dtype
d += 1
print(b)
print(d)
