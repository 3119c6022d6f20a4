a = np.arange(4)
b = (a + 1)[1:]
b.base is None
b.base.shape
