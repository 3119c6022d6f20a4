a = np.arange(12, dtype=np.int32).reshape(3, 4)
b = a.astype(a.dtype)
c = a.squeeze()
b.nbytes
c.shape
b.flags['OWNDATA']
c.flags['C_CONTIGUOUS']
c *= 2
print(b)
del a, b
live_bytes()
c.base is None
