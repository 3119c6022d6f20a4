a = np.arange(3)
np.array(a, dtype=np.float64, copy=False)
np.array([1, 2, 3], copy=False)
np.array(a[::2], copy=False) is a
