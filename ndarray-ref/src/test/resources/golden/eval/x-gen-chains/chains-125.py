a = np.linspace(0, 7, 2)
b = a.reshape(-1, 1)
c = a[()]
b.dtype
c.flags['C_CONTIGUOUS']
c.shape
a.dtype
b *= 2
print(c)
print(a)
