m = np.arange(6).reshape(2, 3)
r = m.ravel()
f = m.flatten()
r[0] = 100
f[1] = 200
m
np.shares_memory(m, r), np.shares_memory(m, f)
r.base is m, f.base is None
