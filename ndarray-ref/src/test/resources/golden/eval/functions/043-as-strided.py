# as_strided builds any view you ask for, with no bounds checks.
x = np.arange(6)
s = np.lib.stride_tricks.as_strided(x, shape=(4, 3), strides=(8, 8))
s
s.flags.writeable
np.shares_memory(s, x)
s.base is x
s.base.base is x
