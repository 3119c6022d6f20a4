# NumPy scalars print with their type (NEP 51).
np.int64(3)
np.int32(3)
np.uint8(3)
np.float64(1.5)
np.float32(0.1)
np.float64(2.0)
np.complex128(3)
