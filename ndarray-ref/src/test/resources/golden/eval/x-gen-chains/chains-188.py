a = np.arange(30, dtype=np.uint8).reshape(2, 5, 3)
b = a.flatten()
c = b.reshape(-1, 3)
d = a[:, ::-2]
d.flags['WRITEABLE']
c.flags.f_contiguous
a.flags['WRITEABLE']
a.nbytes
c[0] = 4
print(c)
a
b
