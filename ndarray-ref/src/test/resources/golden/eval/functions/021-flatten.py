# flatten always copies.
m = np.arange(6).reshape(2, 3)
f = m.flatten()
f.base is None
np.shares_memory(f, m)
f[0] = 100
m[0, 0]
m.flatten(order='F')
