a = np.full(10, -2, dtype=np.float32).reshape(2, 5)
b = a.swapaxes(0, 1)
c = np.copy(a)
c.flags['C_CONTIGUOUS']
b.flags['WRITEABLE']
a.nbytes
b.nbytes
c[0] = 107
print(a)
del c
live_bytes()
a.base is None
