a = np.arange(20, dtype=np.int32)
v = a[::4]
v.strides
v.shape
v
v.flags.c_contiguous
v.flags['C_CONTIGUOUS']
