a = np.zeros(5, dtype=np.int8)
b = np.array(a)
c = b[:2]
d = c.astype(np.int64, copy=False)
np.shares_memory(d, c)
c.base.shape
np.shares_memory(c, b)
c.nbytes
b.base is None
b[0] = 77
print(d)
