a = np.ones(15, dtype=np.float64).reshape(5, 3)
b = a.astype(a.dtype)
c = a.copy()
d = a.ravel()
a.flags['WRITEABLE']
b.flags['OWNDATA']
c[-1] = 17
print(c)
print(b)
