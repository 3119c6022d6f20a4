a = np.arange(3)
np.asarray(a, copy=True) is a
np.asarray(a, copy=False) is a
np.asarray(a, dtype=float, copy=False)
np.asarray(a.T, copy=None) is a
