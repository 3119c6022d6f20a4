a = np.arange(20, dtype=np.int32).reshape(4, 5)
b = np.lib.stride_tricks.as_strided(a)
c = np.ascontiguousarray(a)
d = b.astype(np.float64)
b.base is None
a.strides
b.flags.f_contiguous
d[::2] = 66
print(b)
a
