b = np.array(1e-5)
b[None] = -4
e = np.lib.stride_tricks.as_strided(b, shape=(2,) + b.shape, strides=(0,) + b.strides)
e += e.T
b
x = np.arange(4.)
e = np.lib.stride_tricks.as_strided(x, shape=(2, 2), strides=(8, 8))
e += 1
x
e = np.zeros((0, 4), dtype=np.int8)
