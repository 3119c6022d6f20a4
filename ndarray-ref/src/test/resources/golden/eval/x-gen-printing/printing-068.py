x = np.arange(2048).reshape(4, 512).astype(np.int16)
x.strides
x * 2
x > 0
