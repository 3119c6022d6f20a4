as_strided = np.lib.stride_tricks.as_strided
e = np.concatenate([np.zeros(0)] * 2)
e.strides, as_strided(e).strides
as_strided(np.zeros((0, 2))).strides
as_strided(np.zeros((2, 0))).strides
as_strided(np.zeros((0, 2))[:, ::2]).strides
a = np.arange(3)[:, None]
a.strides, as_strided(a).strides
as_strided(np.zeros((0, 3)), shape=(2, 0)).strides
as_strided(np.arange(6).reshape(2, 3).T).strides
as_strided(np.arange(6)[::2]).strides
