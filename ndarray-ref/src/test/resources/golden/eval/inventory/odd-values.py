# unusual argument values: truthy non-bools, floats for ints, bools for axes, empty strings
a = np.arange(6).reshape(2, 3)
np.sum(a, keepdims=1)
np.sum(a, keepdims='yes')
np.sum(a, axis=True)
np.sum(a, axis=1.0)
np.sum(a, axis=(0, 1))
np.sum(a, axis=-1, keepdims=True)
np.sum(a, axis=[0])
np.sum(a, dtype=None)
np.sum(a, dtype='f4')
a.sum(axis=None)
a.sum(None, None, None, False)
a.mean(1, 'f4')
a.max(axis=1.0)
a.any(axis=(0,))
np.linspace(0, 1, 2.5)
np.linspace(0, 1, -1)
np.linspace(0, 1, 3, endpoint=None)
np.linspace(0, 1, 3, endpoint=0)
np.linspace(0, 1, 3, dtype=None)
np.array([1, 2], ndmin=-1)
np.array([1, 2], ndmin=2.0)
np.array([1, 2], copy='yes')
np.array([1, 2], order='')
np.reshape(a, (3, 2), copy=1)
np.reshape(a, (3, 2), copy=0)
a.T.reshape(6, copy=False)
a.reshape(6, order='K')
a.reshape(6, order='A')
np.ravel(a.T, order='A')
np.eye(3, k=True)
np.eye(3, M=0)
np.eye(2.0)
np.full(2, 3, dtype=None)
np.full((2,), [1, 2])
np.zeros(2.0)
np.zeros((2, 2.0))
np.zeros(-1)
np.zeros(True)
np.ones([])
np.empty(()).shape
np.squeeze(a, axis=None)
np.squeeze(a[None], axis=(0,))
np.expand_dims(a, axis=(0, 3)).shape
np.expand_dims(a, 1.0)
np.moveaxis(a, 0, True).shape
np.swapaxes(a, True, 0).shape
np.transpose(a, axes=None)
np.transpose(a, (1, 0))
np.transpose(a, [True, False])
a.transpose(None)
a.transpose((1, 0))
a.transpose(1, 0)
np.diagonal(a, True)
a.diagonal(offset=-1)
np.split(np.arange(6), 3.0)
np.array_split(np.arange(5), 2, axis=0)
np.concatenate([a, a], axis=None)
np.concatenate([a, a], axis=1.0)
np.stack([a, a], axis=-1).shape
np.take(a, 1, axis=True)
np.take(a, [[0, 1]], axis=1)
np.shares_memory(a, a[0], max_work=None)
np.shares_memory(a, a[0], max_work=0)
np.may_share_memory(a, a.copy(), max_work=1)
np.broadcast_to(a, (2, 2, 3), subok=True).shape
np.lib.stride_tricks.as_strided(a, writeable=0).flags.writeable
np.lib.stride_tricks.sliding_window_view(np.arange(5), 2, axis=None).shape
np.lib.stride_tricks.sliding_window_view(np.arange(5), (2,), axis=0, writeable=1).flags.writeable
np.ascontiguousarray(a.T, dtype=None).flags.c_contiguous
np.asfortranarray(a, 'f4').dtype
a.astype('f4', copy=0).dtype
a.astype(a.dtype, copy=None) is a
a.astype(a.dtype, copy=False, order='F') is a
a.view(None) is a
a.view(dtype=None).base is a
a.copy(None).flags.c_contiguous
a.ravel(None)
a.flatten('F')
a.squeeze(None).shape
a.take(1, None)
a.take([1], axis=-1)
a.item(True)
a.setflags(write=0)
a.flags.writeable
a.setflags(1)
a.flags.writeable
a.fill(True)
a
np.dtype(None)
np.dtype(np.float32(1).dtype)
np.where([True, False])
np.where([1, 0], 5, [6, 7])
np.nonzero([[1, 0], [0, 1]])
np.shape([[1, 2, 3]])
np.ndim(5)
np.size([[1], [2]])
np.asarray([1, 2], order='F', dtype='f8')
np.copy(a, order='F').flags.f_contiguous
np.copy(a, subok=True).base is None
