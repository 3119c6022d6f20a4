a = np.full(6, 0, dtype=np.int8).reshape(2, 3)
b = a.astype(a.dtype)
c = b[()]
d = c.diagonal()
d.shape
c.flags['C_CONTIGUOUS']
c.strides
c[-1] = 7
c
a
print(d)
