a = np.ones(4, dtype=np.int8).reshape(4, 1, 1)
b = a[..., None]
c = np.moveaxis(a, 0, -1)
d = np.moveaxis(b, 0, -1)
a.flags['C_CONTIGUOUS']
d.shape
d[-1] = 33
print(d)
c
