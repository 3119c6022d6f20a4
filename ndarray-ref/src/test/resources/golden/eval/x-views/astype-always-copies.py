a = np.arange(4)
b = a.astype(np.int64)
b is a
np.shares_memory(a, b)
c = a.astype(np.int64, copy=False)
c is a
d = a.astype(np.float32)
d
