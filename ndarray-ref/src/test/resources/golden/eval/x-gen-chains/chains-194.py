a = np.linspace(0, 1, 16).reshape(4, 4)
b = a[3:4]
c = np.lib.stride_tricks.as_strided(b)
d = b.reshape(4)
d.flags['OWNDATA']
a.flags['OWNDATA']
c.base is None
a.flags['C_CONTIGUOUS']
b[-1] = 81
print(c)
d
print(a)
del b, c, d
live_bytes()
a.base is None
