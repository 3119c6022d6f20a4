b = np.arange(12.).reshape(3, 4)
d = np.broadcast_to(b, (2,) + b.shape)
np.ravel(d, order='K')
d.flatten('K')
np.broadcast_to(np.arange(3), (2, 3)).T.ravel('K')
d.copy(order='K').strides
f = np.arange(40.).reshape(4, 5, 2)[:, :, :1]
f[1::-1].sum(axis=0).strides
f.sum(axis=1).strides
f.T.sum(axis=0).strides
np.ones((3, 1, 4)).transpose(2, 1, 0).sum(axis=0, keepdims=True).strides
