a = np.array([1.5, 2.25], dtype=np.float32)
a
a.dtype
np.float32(0.1)
np.array([0.1], dtype=np.float32)
