a = np.zeros(2, dtype=np.float32).reshape(1, 1, 2)
b = np.array(a)
c = np.lib.stride_tricks.as_strided(b)
d = c.view()
d.dtype
d.base.shape
(c.base is d, np.may_share_memory(c, d))
d.fill(2)
print(c)
del c, a
live_bytes()
d.base is None
