a = np.full(12, 4, dtype=np.uint8).reshape(3, 4)
b = a[..., None]
c = np.moveaxis(b, 0, -1)
d = c.flatten()
a is b
b.flags['C_CONTIGUOUS']
a is b
d.fill(81)
a
b
