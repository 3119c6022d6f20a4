a = np.arange(5, dtype=np.int8)
b = np.lib.stride_tricks.as_strided(a)
c = b.astype(np.int64, copy=False)
d = b.view()
a.flags['OWNDATA']
np.shares_memory(c, d)
b.nbytes
a.nbytes
c *= 2
b
print(a)
