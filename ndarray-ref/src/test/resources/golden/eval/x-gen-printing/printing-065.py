x = np.array(56, dtype=np.uint16)
x == x
x.ravel()[:5]
x.T
[x.shape, x.dtype]
