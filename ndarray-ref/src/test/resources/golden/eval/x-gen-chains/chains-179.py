a = np.zeros(3, dtype=np.float64).reshape(1, 3)
b = np.array(a)
c = np.ascontiguousarray(b)
c.dtype
c.flags['OWNDATA']
b.dtype
a.flags['WRITEABLE']
c[::2] = 20
b
print(a)
