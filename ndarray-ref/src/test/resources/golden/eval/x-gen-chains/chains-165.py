a = np.arange(10).reshape(5, 2)
b = a.T
c = a.ravel()
d = c.reshape(-1, 1)
e = c.T
c.flags.f_contiguous
b.flags['OWNDATA']
e.flags.f_contiguous
c.base is None
d[d > 1] = 0
e
