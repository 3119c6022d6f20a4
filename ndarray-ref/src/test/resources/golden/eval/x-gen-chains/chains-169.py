a = np.ones(40, dtype=np.int8).reshape(5, 4, 2)
b = a[5:, 0::3, ::-2]
c = np.ascontiguousarray(a)
d = np.lib.stride_tricks.as_strided(a)
e = c.T
c.flags['OWNDATA']
a.dtype
d += 1
print(e)
del c, d
live_bytes()
e.base is None
