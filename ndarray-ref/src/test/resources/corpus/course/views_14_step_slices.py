a = np.arange(20)
b = a[::3]
b.strides
b.flags.c_contiguous
b[:] = -1
a
