a = np.arange(10)
b = a[1:9]
c = b[[0, 1]]
c.base is None
np.shares_memory(c, a)
