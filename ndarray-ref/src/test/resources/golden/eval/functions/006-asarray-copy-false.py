# asarray(copy=False) raises when a copy is required.
a = np.arange(3)
np.asarray(a, copy=False) is a
np.asarray([1, 2], copy=False)
np.asarray(a, dtype=np.int8, copy=False)
np.asarray(a, copy=True) is a
