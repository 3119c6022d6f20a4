a = np.array([1, 2])
t = np.tile(a, 3)
r = np.repeat(a, 3)
t, r
t.base is None
np.shares_memory(a, t)
