a = np.arange(12).reshape(3, 4)
b = a.T[1:]
c = b.reshape(9)
c.base is None
np.shares_memory(c, a)
c
