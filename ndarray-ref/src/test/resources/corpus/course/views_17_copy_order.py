a = np.arange(6).reshape(2, 3)
c = a.copy(order='F')
c.flags['F_CONTIGUOUS']
c.strides
np.array_equal(a, c)
