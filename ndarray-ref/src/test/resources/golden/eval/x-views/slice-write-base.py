a = np.arange(12)
b = a[3:9]
b[0] = 99
a
b.base is a
b.flags['OWNDATA']
a.flags['OWNDATA']
