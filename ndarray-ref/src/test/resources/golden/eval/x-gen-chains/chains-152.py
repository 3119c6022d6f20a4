a = np.linspace(0, 6, 45).reshape(3, 5, 3)
b = a.transpose()
c = b.astype(b.dtype)
a.flags['C_CONTIGUOUS']
a.shape
c[0] = 72
b
print(a)
del b, a
live_bytes()
c.base is None
