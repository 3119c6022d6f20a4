m = np.arange(12).reshape(3, 4)
t = m.T
r = t.reshape(12)
r
np.shares_memory(r, m)
r.base is None
r.flags['OWNDATA']
