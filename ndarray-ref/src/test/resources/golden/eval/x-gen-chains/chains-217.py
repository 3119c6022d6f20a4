a = np.arange(8).reshape(4, 2)
b = np.lib.stride_tricks.as_strided(a)
c = np.asfortranarray(a)
d = np.copy(c)
d.flags['WRITEABLE']
a.shape
d[0] = 78
print(c)
del a, b, c, d
live_bytes()
