a = np.arange(4)
a.setflags(write=False)
s = np.lib.stride_tricks.as_strided(a)
s.flags.writeable
s2 = np.lib.stride_tricks.as_strided(a, writeable=False)
s2.flags.writeable
