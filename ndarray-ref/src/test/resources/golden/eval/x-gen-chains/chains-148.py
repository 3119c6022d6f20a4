a = np.full(2, 8, dtype=np.int32).reshape(1, 2)
b = a.diagonal()
c = np.asarray(a)
np.shares_memory(c, b)
(a.base is a, np.may_share_memory(a, a))
b is b
b.dtype
c.fill(11)
print(b)
print(a)
c
