a = np.arange(3)
np.asarray(a) is a
np.asarray(a, dtype=np.int64) is a
b = np.asarray(a, dtype=np.int32)
b.dtype
b is a
