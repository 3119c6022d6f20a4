a = np.full(9, 4, dtype=np.uint8).reshape(3, 3)
b = a.flatten()
c = b[8::-1]
d = b[[-5]]
e = d.view()
d.dtype
a.base is None
a.base.shape
d.dtype
b[...] = 106
print(e)
print(d)
