a = np.arange(4, dtype=np.float32).reshape(4, 1)
b = np.lib.stride_tricks.as_strided(a)
c = a[[-2]]
a.flags['C_CONTIGUOUS']
np.shares_memory(b, b)
c *= 2
a
c
print(b)
del b, a, c
live_bytes()
