x = np.zeros(1001, dtype=np.float64)
[x.shape, x.dtype]
x.flags['C_CONTIGUOUS']
