a = np.linspace(0, 2, 8).reshape(2, 4)
b = a[None]
c = np.array(a)
d = c.astype(c.dtype)
e = np.moveaxis(b, 0, -1)
e.flags.f_contiguous
e.flags.f_contiguous
b.flags['WRITEABLE']
e[...] = 2
print(b)
