# Seed notebook, "Sharing the original in memory": copy(), slices and view().
f = np.array([4,5,6,7,8])
e = f.copy()
e.base is None
g = f[:]
g.base
g.base is f
np.may_share_memory(g,f)
g[1] = 99999
g
f
