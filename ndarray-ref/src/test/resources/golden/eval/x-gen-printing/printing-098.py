x = np.zeros((2, 0), dtype=np.int8)
x.sum()
(x.ndim, x.size)
x // 2
x.astype(bool)
x + 1
