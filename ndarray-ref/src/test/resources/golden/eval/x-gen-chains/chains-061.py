a = np.full(2, 1, dtype=np.float32).reshape(2, 1)
b = np.array(a)
c = b.copy()
d = a.flatten()
c.base.shape
b.flags['OWNDATA']
np.shares_memory(c, d)
(a.base is c, np.may_share_memory(a, c))
c.flags['OWNDATA']
b[0] = 66
d
b
print(a)
del d, a, b
live_bytes()
c.base is None
