# values of the other arguments the reference reads
a = np.arange(6)
np.array(a, copy=False)
np.array(a, copy=None) is a
np.array(a, copy=True) is a
np.array(a, subok=True) is a
np.array(a, subok=False) is a
np.array([1, 2], ndmin=3)
np.array(a, ndmin=0)
np.asarray(a, copy=False) is a
np.asarray(a, copy=True) is a
a.astype(float, casting='unsafe')
a.astype(np.int8, casting='unsafe')
a.astype(np.int64, copy=False) is a
a.astype(np.int64, subok=False) is a
a.astype(np.int64, subok=True) is a
np.linspace(0, 1, 5, endpoint=False)
np.linspace(0, 1, 5, dtype=int)
np.linspace(0, 1, 5, dtype=np.float32)
np.eye(3, 2, 1, int)
np.take(a, [0, 1], mode='raise')
a.take([0, 1], mode='raise')
np.concatenate([a, a], casting='same_kind')
np.concatenate([a, a], axis=None)
np.stack([a, a], casting='same_kind')
np.sum(a, keepdims=True)
np.max(a, keepdims=True)
a.sum(keepdims=True)
a.sum(0, None, None, True)
a.max(0, None, True)
np.broadcast_to(a, (2, 6), subok=False)
np.copy(a, subok=False)
np.lib.stride_tricks.as_strided(a, (2,), (8,), subok=False)
np.lib.stride_tricks.as_strided(a, (2,), (8,), writeable=False).flags.writeable
np.lib.stride_tricks.sliding_window_view(a, 2, subok=False)
np.lib.stride_tricks.sliding_window_view(a, 2, writeable=True).flags.writeable
np.zeros(3, like=None)
np.zeros(3, device=None)
