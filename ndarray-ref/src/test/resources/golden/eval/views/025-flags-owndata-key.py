# flags['OWNDATA'] and flags.owndata say whether this object allocated its buffer.
a = np.arange(6)
a.flags['OWNDATA'], a.flags.owndata
b = a.reshape(2, 3)
b.flags['OWNDATA']
c = b.copy()
c.flags['OWNDATA']
a[::2].flags['OWNDATA']
a[[0, 1]].flags['OWNDATA']
