a = np.ones(2).reshape(1, 2)
b = np.moveaxis(a, 0, -1)
c = a.reshape(2)
d = a.view()
e = np.array(b)
c.flags['OWNDATA']
d.flags['C_CONTIGUOUS']
c[c > 1] = 0
print(a)
c
