x = np.zeros(2048).reshape(4, 512).astype(np.complex128)
[x.shape, x.dtype]
x.reshape(-1)
