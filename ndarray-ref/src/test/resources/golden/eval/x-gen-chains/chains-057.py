a = np.full(1, -2, dtype=np.int8)
b = a[None]
c = b.diagonal()
c.flags.f_contiguous
b.shape
b.strides
c *= 2
c
