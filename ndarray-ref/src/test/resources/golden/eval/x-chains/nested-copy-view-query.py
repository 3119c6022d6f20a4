x = np.arange(20).reshape(4, 5)
y = x[1:3]
z = y.T
w = z.copy()
v = w[::2]
(y.base is x, z.base is x, w.base is None, v.base is w)
np.shares_memory(v, x)
