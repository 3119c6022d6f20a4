a = np.full(1, 1, dtype=np.uint8)
b = a.T
c = b.copy()
b.nbytes
a.shape
b.nbytes
c.flags.f_contiguous
c += 1
c
del a, c, b
live_bytes()
