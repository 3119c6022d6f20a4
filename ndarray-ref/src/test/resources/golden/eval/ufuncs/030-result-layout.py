# Results follow the input layout (order 'K'): a transposed input gives a transposed result.
m = np.arange(6).reshape(2, 3)
r = m.T + 0
r.strides
r.flags.c_contiguous, r.flags.f_contiguous
(m + 0).strides
(m[:, ::-1] * 1).strides
