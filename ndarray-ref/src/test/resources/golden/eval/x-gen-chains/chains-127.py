a = np.arange(64, dtype=np.uint8).reshape(4, 4, 4)
b = a[..., None]
c = a.transpose()
d = np.asfortranarray(a)
e = a.view()
(a.base is e, np.may_share_memory(a, e))
c.flags['OWNDATA']
b *= 2
c
b
e
del a, e, c, d, b
live_bytes()
