a = np.arange(1, dtype=np.int16)
b = np.asfortranarray(a)
c = np.lib.stride_tricks.as_strided(a)
b.nbytes
(c.base is b, np.may_share_memory(c, b))
b is a
c.shape
b[...] = -3
c
