a = np.arange(6).reshape(2, 3)
r = a.ravel()
r.base is a
r.base is a.base
a.base is None
r2 = a[:, :2].ravel()
r2.base is None
