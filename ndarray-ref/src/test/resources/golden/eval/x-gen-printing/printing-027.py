x = np.zeros((0,), dtype=np.float64)
x / 3
x[..., :2]
[x.shape, x.dtype]
x == x
x.flags['C_CONTIGUOUS']
