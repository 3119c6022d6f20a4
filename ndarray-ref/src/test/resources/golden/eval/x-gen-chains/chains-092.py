a = np.linspace(0, 3, 3)
b = a.flatten()
c = b.reshape(-1, 1)
a.flags['OWNDATA']
(c.base is c, np.may_share_memory(c, c))
a.flags['C_CONTIGUOUS']
b.base is c
c.fill(60)
c
a
b
del a, b, c
live_bytes()
