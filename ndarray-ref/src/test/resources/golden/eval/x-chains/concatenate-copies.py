a = np.arange(3)
b = np.arange(3, 6)
c = np.concatenate([a, b])
c.base is None
np.shares_memory(c, a)
c[0] = 50
a
