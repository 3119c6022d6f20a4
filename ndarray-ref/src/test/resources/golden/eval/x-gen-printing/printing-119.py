x = np.array([True, False, True, True, False], dtype=np.bool_)
x + 1
[x.shape, x.dtype]
x
