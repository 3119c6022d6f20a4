a = np.arange(6).reshape(3, 2)
b = a[:0, 2:2]
c = np.moveaxis(a, 0, -1)
d = np.asfortranarray(a)
e = np.split(d, 1)[0]
b.flags['C_CONTIGUOUS']
c.shape
e[::2] = 51
d
e
del e
live_bytes()
a.base is None
