a = np.zeros(5, dtype=np.float32)
b = np.asfortranarray(a)
c = a[...]
d = np.lib.stride_tricks.as_strided(c)
c.flags['WRITEABLE']
d.shape
a is a
np.shares_memory(d, c)
b.base is b
d[-1] = 23
b
del d, c
live_bytes()
b.base is None
