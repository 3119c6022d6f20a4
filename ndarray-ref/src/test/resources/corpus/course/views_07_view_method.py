f = np.array([4,5,6,7,8])
e = f.copy()
e.base is None
g = f[:]
g.base
g.base is f
np.may_share_memory(g, f)
g[1] = 99999
g
f
h = f.view()
h
h.base is f
np.may_share_memory(h, f)
