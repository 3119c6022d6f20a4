a = np.arange(8, dtype=np.int16).reshape(2, 1, 4)
b = a[..., None]
c = b.T
d = b[0::2]
e = b.reshape(-1, 1)
c is c
d.dtype
c[-1] = -3
print(a)
print(d)
