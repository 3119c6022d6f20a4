a = np.zeros(64, dtype=np.int16).reshape(4, 4, 4)
b = a.copy()
c = a[a > 2]
c.flags['WRITEABLE']
(b.base is b, np.may_share_memory(b, b))
b[0] = 13
print(b)
print(a)
del c, a
live_bytes()
b.base is None
