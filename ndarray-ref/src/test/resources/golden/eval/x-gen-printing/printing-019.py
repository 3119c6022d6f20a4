x = np.arange(1001, dtype=np.bool_)
x.T
[x.shape, x.dtype]
x.imag
