e = np.arange(12.) / 7
h = np.broadcast_to(e, (2, 12))
h.sum()
np.lib.stride_tricks.as_strided(e, shape=(12, 2), strides=(8, 0)).sum()
np.broadcast_to(e, (3, 12)).sum()
np.broadcast_to(e.reshape(12, 1), (12, 3)).sum()
np.broadcast_to(e, (2, 2, 12)).mean()
