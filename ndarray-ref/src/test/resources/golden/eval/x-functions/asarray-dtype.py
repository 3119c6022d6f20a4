np.asarray([1, 2], dtype=float)
np.asarray(np.arange(3), dtype=np.int8)
np.asarray(5)
np.asarray((1, 2.5))
