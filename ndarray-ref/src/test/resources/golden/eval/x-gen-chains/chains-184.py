a = np.linspace(0, 6, 4)
b = np.array(a, copy=False)
c = b.view()
a.base is None
b.flags['OWNDATA']
c.flags['OWNDATA']
a.base is a
b += 1
print(b)
del c, a, b
live_bytes()
