a = np.linspace(0, 7, 8).reshape(2, 4)
b = a.reshape(8)
c = np.lib.stride_tricks.as_strided(b)
c.flags.f_contiguous
(b.base is c, np.may_share_memory(b, c))
np.shares_memory(b, c)
np.shares_memory(b, c)
b.dtype
c.fill(104)
print(a)
del b
live_bytes()
a.base is None
