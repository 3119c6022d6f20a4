a = np.arange(10, dtype=np.int16).reshape(5, 2)
b = a.view()
c = a.astype(a.dtype)
c.flags['C_CONTIGUOUS']
a.shape
np.shares_memory(b, b)
b *= 2
c
print(a)
del c
live_bytes()
a.base is None
