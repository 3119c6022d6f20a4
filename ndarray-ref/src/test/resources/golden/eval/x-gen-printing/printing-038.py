x = np.zeros((0,), dtype=np.int32)
[x.shape, x.dtype]
x
x.imag
