a = np.full(10, 1, dtype=np.uint8).reshape(1, 5, 2)
b = a.astype(np.int64, copy=False)
c = np.split(b, 1)[0]
a is c
np.shares_memory(a, a)
(c.base is c, np.may_share_memory(c, c))
a.dtype
b += 1
print(b)
print(a)
c
del b, a, c
live_bytes()
