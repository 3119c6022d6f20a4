a = np.arange(5)
s = np.lib.stride_tricks.as_strided(a, shape=(4, 2), strides=(8, 8))
s
np.shares_memory(s, a)
s.flags['OWNDATA']
