a = np.arange(6)
w = np.where(a > 2, a, -1)
w
w.base is None
np.where(a > 3)
