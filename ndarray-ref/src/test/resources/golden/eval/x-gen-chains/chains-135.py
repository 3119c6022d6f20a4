a = np.arange(9, dtype=np.uint8).reshape(3, 3)
b = a[[0]]
c = np.asfortranarray(a)
d = b[()]
e = b.swapaxes(0, 1)
b is c
c.base.shape
e[0] = 36
print(c)
print(b)
print(d)
del c
live_bytes()
e.base is None
