a = np.zeros(2, dtype=np.int8).reshape(2, 1)
b = a.transpose()
c = b[-1]
d = np.ascontiguousarray(a)
a.flags['OWNDATA']
b.shape
c.shape
b.flags['WRITEABLE']
d.flags['WRITEABLE']
c += 1
print(d)
b
