a = np.arange(24).reshape(2, 3, 4)
a.sum(axis=0).shape
a.sum(axis=-1)
np.sum(a, axis=(0, 2))
a.sum(keepdims=True).shape
np.sum(a > 10)
