a = np.zeros(9, dtype=np.float32).reshape(3, 3)
b = np.lib.stride_tricks.as_strided(a)
c = b.ravel()
b.flags['OWNDATA']
c.flags['C_CONTIGUOUS']
b.flags['OWNDATA']
c[-1] = 16
print(a)
b
del b, a, c
live_bytes()
