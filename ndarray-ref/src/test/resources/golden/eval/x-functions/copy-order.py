a = np.arange(6).reshape(2, 3)
a.copy(order='F').strides
np.copy(a, order='F').flags['F_CONTIGUOUS']
a.T.copy(order='K').strides
a.T.copy().strides
