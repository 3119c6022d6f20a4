# concatenate always copies into a new array.
a = np.arange(3)
b = np.ones(2, dtype=np.int64)
c = np.concatenate([a, b])
c
np.shares_memory(c, a)
c.base is None
np.concatenate((a, a[:1]))
