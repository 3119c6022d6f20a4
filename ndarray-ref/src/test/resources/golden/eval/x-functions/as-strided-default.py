a = np.arange(6)
s = np.lib.stride_tricks.as_strided(a)
s
s.base is a
s2 = np.lib.stride_tricks.as_strided(a, shape=(2, 2))
s2
s2.strides
