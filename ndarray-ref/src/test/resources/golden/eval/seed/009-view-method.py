# Seed notebook: the view() method (continues from the previous cells).
f = np.array([4,5,6,7,8])
g = f[:]
g[1] = 99999
h = f.view()
h
h.base is f
np.may_share_memory(h,f)
