# np.array(a) always copies by default.
a = np.array([1, 2, 5, 7])
b = np.array(a, copy=True)
b.base is None
c = np.array(a)
c.base is None
c is a
np.shares_memory(c, a)
