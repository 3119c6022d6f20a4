a = np.arange(40, dtype=np.uint8).reshape(5, 2, 4)
b = a.ravel()
c = b[18]
d = a.astype(np.float64)
b.shape
a.base is None
d.fill(12)
c
