a = np.full(3, -5, dtype=np.float64)
b = a[[-2, 2]]
c = a.astype(a.dtype)
c.flags['WRITEABLE']
a.base is None
c.flags['OWNDATA']
a.shape
c[...] = 113
print(b)
