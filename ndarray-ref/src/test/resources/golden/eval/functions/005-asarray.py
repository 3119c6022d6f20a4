# asarray returns the same array when nothing needs to change.
a = np.arange(3)
np.asarray(a) is a
np.asarray(a, dtype=np.int64) is a
f = np.asarray(a, dtype=np.float64)
f
f.base is None
np.asarray([1.5, 2])
