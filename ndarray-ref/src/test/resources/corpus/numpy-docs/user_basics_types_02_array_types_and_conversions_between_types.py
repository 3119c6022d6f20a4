z = np.arange(3, dtype=np.uint8)
z
np.array([1, 2, 3], dtype='f')
np.array([1, 2, 3], dtype='d')
z.dtype
d = np.dtype(np.int64)
d
np.issubdtype(d, np.integer)
np.issubdtype(d, np.floating)
z.astype(np.float64)                 #doctest: +NORMALIZE_WHITESPACE
z.astype(np.float64, casting="same_value")   #doctest: +NORMALIZE_WHITESPACE
