a = np.arange(10)
f = a[[1, 3, 5]]
f[0] = -7
a
f
f.base is None
np.shares_memory(a, f)
