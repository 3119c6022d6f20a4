x = np.arange(2048).reshape(4, 512).astype(np.complex128)
x.astype(np.int8)
x.real
