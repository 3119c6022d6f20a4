a = np.array([[0, 1], [2, 3]])
r = np.resize(a, (2, 3))
r, r.base is None, r.base.shape, np.shares_memory(r, a), r.flags.owndata
np.resize(a, (1, 4))
np.resize(a, (1, 4)).base.shape
np.resize(a, (2, 4))
np.resize(a, 3)
np.resize(a, 6).base.shape
np.resize(a, (0, 2))
np.resize(np.array([], dtype=np.int8), 3)
np.resize(a, (2, -1))
np.resize([1, 2, 3], (2, 2))
np.resize(a.T, 5)
