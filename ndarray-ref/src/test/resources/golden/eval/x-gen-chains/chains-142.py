a = np.ones(2, dtype=np.int8)
b = a.T
c = a.T
a.base.shape
a.flags.f_contiguous
b.flags['OWNDATA']
c[-1] = 4
print(b)
del a
live_bytes()
c.base is None
