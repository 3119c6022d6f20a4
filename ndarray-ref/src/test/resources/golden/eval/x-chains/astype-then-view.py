a = np.arange(4)
b = a.astype(float)
c = b[1:]
c.base is b
np.shares_memory(c, a)
