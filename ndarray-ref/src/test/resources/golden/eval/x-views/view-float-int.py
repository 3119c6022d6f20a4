a = np.zeros(2)
b = a.view(np.int64)
b
a[0] = 1.0
b
b.dtype
