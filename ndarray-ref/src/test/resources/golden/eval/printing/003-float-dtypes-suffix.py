# float64, complex128 and bool are implied; the others are spelled out.
np.array([1.0, 2.5], dtype=np.float32)
np.array([1.0, 2.5], dtype=np.float64)
np.array([1.0, 2.5], dtype=np.complex128)
np.array([1, 0], dtype=np.bool_)
np.array([0, 1, 2], dtype=np.float32)
