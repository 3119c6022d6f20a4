# copy=None copies only when it must.
a = np.arange(4)
np.array(a, copy=None) is a
np.array(a, dtype=np.int64, copy=None) is a
np.array(a, dtype=np.float64, copy=None) is a
np.array([1, 2], copy=None)
