x = np.arange(1200).reshape(2, 3, 200).astype(np.float32)
x == x
[x.shape, x.dtype]
