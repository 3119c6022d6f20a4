x = np.array(38, dtype=np.int64)
(x.ndim, x.size)
x > 0
x.real
x
