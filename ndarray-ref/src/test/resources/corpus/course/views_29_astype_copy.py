a = np.arange(4)
b = a.astype(np.float64)
b.base is None
c = a.astype(a.dtype, copy=False)
c is a
d = a.astype(np.int64)
d is a
