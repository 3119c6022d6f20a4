a = np.arange(6).reshape(2, 3)
f = a[0].flatten()
f.base is None
f[0] = 99
a
