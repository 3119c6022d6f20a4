a = np.arange(6)
r = a[::-1]
r.strides
r[0] = -1
a
r.base is a
np.shares_memory(a, r)
