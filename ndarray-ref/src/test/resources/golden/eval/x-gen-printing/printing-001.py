x = np.zeros((0, 0), dtype=np.uint8)
x.astype(np.int8)
x + 1
(x.ndim, x.size)
[x.shape, x.dtype]
