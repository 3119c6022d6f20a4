a = np.zeros(8, dtype=np.int8).reshape(2, 4)
b = a.astype(a.dtype)
c = np.array(b, copy=False)
b.flags['C_CONTIGUOUS']
a.flags['WRITEABLE']
np.shares_memory(c, c)
c.dtype
c.dtype
b[::2] = 114
print(a)
c
del a
live_bytes()
b.base is None
