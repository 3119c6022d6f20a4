a = np.arange(4)
b = np.copy(a)
b.base is None
b.flags.owndata
c = a[1:3].copy()
c.flags.owndata
