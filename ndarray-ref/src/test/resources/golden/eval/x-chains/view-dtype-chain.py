a = np.arange(4, dtype=np.int16)
b = a[1:]
c = b.view(np.int8)
c.base is a
c.shape
