a = np.ones(2, dtype=np.int16).reshape(1, 2)
b = a[...]
c = a.T
d = c.transpose()
e = a.squeeze()
b.flags['WRITEABLE']
np.shares_memory(a, a)
e.flags['OWNDATA']
e.dtype
c[c > 1] = 0
c
print(d)
