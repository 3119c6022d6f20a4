a = np.full(4, 0, dtype=np.float64)
b = a.reshape(4)
c = a.astype(np.float64)
np.shares_memory(c, b)
b.flags['OWNDATA']
a.base is None
(b.base is b, np.may_share_memory(b, b))
c[-1] = 107
print(a)
print(b)
del c, b, a
live_bytes()
