x = np.array([1001000, 7307672, -829397, -9457311, 925473, -9513888], dtype=np.int64)
x.flags['C_CONTIGUOUS']
[x.shape, x.dtype]
x.ravel()[:5]
x.reshape(-1)
x.ravel()[:5]
