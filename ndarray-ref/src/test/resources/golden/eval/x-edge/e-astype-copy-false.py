a = np.arange(4, dtype=np.int32)
a.astype(np.int32, copy=False) is a
a.astype(np.int64, copy=False) is a
a[::2].astype(np.int32, copy=False).base is a
a.astype('i4', copy=False) is a
