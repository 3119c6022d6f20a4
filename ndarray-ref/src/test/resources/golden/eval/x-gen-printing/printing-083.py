x = np.zeros((0,), dtype=np.complex128)
[x.shape, x.dtype]
x.imag
x + 1
x.T
