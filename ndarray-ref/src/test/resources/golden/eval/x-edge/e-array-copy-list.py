l = [1, 2, 3]
np.array(l, copy=False)
np.array(l, copy=None)
np.asarray(l, copy=False)
np.array(5, copy=False)
np.array(np.float64(1.0), copy=False)
