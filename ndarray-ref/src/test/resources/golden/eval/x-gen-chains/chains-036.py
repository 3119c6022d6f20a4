a = np.zeros(1, dtype=np.float32)
b = np.split(a, 1)[0]
c = b.copy()
b.base is None
c.base.shape
b.flags['WRITEABLE']
a.flags['OWNDATA']
c.base is None
c[0] = 71
b
print(c)
print(a)
