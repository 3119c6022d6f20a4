x = np.array([82, 32, -47, 81], dtype=np.int32)
[x.shape, x.dtype]
x.T
x.sum()
