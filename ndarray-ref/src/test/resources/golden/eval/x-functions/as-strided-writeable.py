a = np.arange(6)
s = np.lib.stride_tricks.as_strided(a, shape=(3,), strides=(16,), writeable=False)
s
s.flags['WRITEABLE']
s[0] = 1
