a = np.array([1, 2, 3], ndmin=2)
a.shape
b = np.array([[1, 2], [3, 4]], order="F")
b.flags.f_contiguous
c = np.array([1, 2], dtype=np.float32)
c.dtype
