b = np.zeros((1, 2, 3), dtype=np.uint32, order='F')
f = b[[0, -1, 0, 0]]
f.strides, f.flags.c_contiguous, f.flags.f_contiguous
f.view(np.int64)
b[:, [0, 1]].strides
b[..., [0, 2]].strides
b[[0], [1]].strides
b[[0, 0], :, 1:].strides
c = np.zeros((3, 4)).T
c[[0, 1]].strides, c[:, [0, 1]].strides
c[c > 0].strides
np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2)[[0, 2]].strides
np.arange(24).reshape(2, 3, 4)[:, ::-1][[1]].strides
e = np.arange(0, dtype=np.uint32).reshape((4, 0))
np.take(e[:-5], [1, 0, -2], axis=0)
np.take(e, [5], axis=1)
np.take(np.zeros(0), [1])
