a = np.zeros(20, dtype=np.int8).reshape(5, 4, 1)
b = np.copy(a)
c = np.lib.stride_tricks.as_strided(b)
b.flags['OWNDATA']
np.shares_memory(b, c)
b[-1] = 11
print(c)
del a, b
live_bytes()
c.base is None
