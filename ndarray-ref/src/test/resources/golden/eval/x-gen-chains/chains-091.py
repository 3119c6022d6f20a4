a = np.arange(8, dtype=np.int16).reshape(4, 1, 2)
b = a.reshape(-1, 2)
c = b.flatten()
np.shares_memory(a, c)
c.flags['WRITEABLE']
a.shape
b[...] = 88
print(c)
del c, b
live_bytes()
a.base is None
