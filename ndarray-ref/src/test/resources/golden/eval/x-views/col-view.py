a = np.arange(12).reshape(3, 4)
c = a[:, 1]
c
c.strides
c.flags['C_CONTIGUOUS']
c[:] = 0
a
