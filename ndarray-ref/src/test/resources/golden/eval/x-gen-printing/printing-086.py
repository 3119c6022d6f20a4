x = np.arange(2048).reshape(4, 512).astype(np.float32)
x.imag
x // 2
x > 0
x / 3
x // 2
