a = np.ones(25, dtype=np.int16).reshape(1, 5, 5)
b = a.diagonal()
c = a[[0]]
d = np.copy(a)
b.flags['C_CONTIGUOUS']
d.dtype
a.base is d
c.flags.f_contiguous
c.fill(92)
b
c
print(a)
del a
live_bytes()
d.base is None
