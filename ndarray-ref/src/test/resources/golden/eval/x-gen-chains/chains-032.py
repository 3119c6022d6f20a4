a = np.full(3, -3)
b = a[()]
c = a[()]
d = a[()]
b.dtype
d.base.shape
a is c
d is b
d += 1
print(b)
d
