a = np.arange(60, dtype=np.float64).reshape(5, 3, 4)
b = a[:, :]
c = np.ascontiguousarray(b)
b.flags['C_CONTIGUOUS']
a is c
c is b
a.flags.f_contiguous
b[b > 1] = 0
print(a)
b
c
del c
live_bytes()
a.base is None
