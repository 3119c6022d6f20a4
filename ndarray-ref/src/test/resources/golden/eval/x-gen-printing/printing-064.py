x = np.zeros((0,), dtype=np.int32)
x
x.ravel()[:5]
x // 2
x[::-1]
