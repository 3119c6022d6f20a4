a = np.ones(12, dtype=np.float64).reshape(4, 3)
b = a.astype(np.float64)
c = a[None]
d = c.astype(np.int64, copy=False)
c.strides
np.shares_memory(d, a)
b.shape
(a.base is a, np.may_share_memory(a, a))
b.flags['C_CONTIGUOUS']
c[::2] = 69
print(b)
