# A list index is fancy indexing: the result is a copy.
a = np.arange(6)
f = a[[1, 3, 5]]
f
f.base is None
np.shares_memory(f, a)
f[0] = 100
a
