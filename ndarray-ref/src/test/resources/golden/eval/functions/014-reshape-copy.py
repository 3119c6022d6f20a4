# reshape of a transposed array must copy; the copy's base is a hidden temporary.
m = np.arange(6).reshape(2, 3)
r = m.T.reshape(6)
r
np.shares_memory(r, m)
r.base is None
r.base.shape
r.flags.owndata
