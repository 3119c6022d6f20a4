a = np.arange(10, dtype=np.uint8).reshape(2, 5)
b = a[None]
c = b[b > 2]
d = np.asfortranarray(b)
e = np.lib.stride_tricks.as_strided(b)
(b.base is a, np.may_share_memory(b, a))
c.flags['OWNDATA']
b.dtype
a.base is None
b[...] = 116
c
print(b)
a
del c, a
live_bytes()
e.base is None
