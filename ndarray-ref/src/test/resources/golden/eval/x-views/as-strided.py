a = np.arange(8, dtype=np.int64)
s = np.lib.stride_tricks.as_strided(a, shape=(3, 4), strides=(16, 8))
s
s.base is a
s[0, 2] = 100
a
