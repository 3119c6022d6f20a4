a = np.zeros(4, dtype=np.uint8).reshape(2, 2)
b = a[[0]]
c = a.flatten()
b.flags.f_contiguous
a.flags.f_contiguous
b[...] = 82
print(b)
del b
live_bytes()
c.base is None
