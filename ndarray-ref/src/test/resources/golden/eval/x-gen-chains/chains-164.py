a = np.full(12, -2, dtype=np.int32).reshape(4, 3)
b = a.reshape(-1, 2)
c = b.ravel()
d = a.astype(np.int64, copy=False)
e = a.transpose()
np.shares_memory(a, b)
b.fill(33)
c
print(a)
del e, b, a, d
live_bytes()
c.base is None
