a = np.arange(3)
b = np.array(a, copy=False)
b is a
c = np.array(a, copy=None)
c is a
d = np.array(a)
d is a
np.shares_memory(a, d)
