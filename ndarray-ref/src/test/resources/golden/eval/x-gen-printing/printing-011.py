x = np.arange(1200).reshape(30, 40).astype(np.uint16)
x.sum()
[x.shape, x.dtype]
