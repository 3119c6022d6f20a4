m = np.arange(6).reshape(2, 3)
r = m.T.ravel()
r
r.base is None
np.shares_memory(r, m)
