a = np.linspace(0, 4, 2).reshape(2, 1)
b = a[:]
c = a.diagonal()
d = np.ascontiguousarray(c)
np.shares_memory(d, d)
c.flags['WRITEABLE']
(c.base is b, np.may_share_memory(c, b))
c[...] = 26
print(c)
b
d
del a, c
live_bytes()
d.base is None
