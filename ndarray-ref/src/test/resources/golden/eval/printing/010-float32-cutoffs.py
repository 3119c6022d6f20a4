# float32 switches to scientific at 1e6, not 1e8.
np.array([1e6], dtype=np.float32)
np.array([999999.0], dtype=np.float32)
np.array([1 / 3], dtype=np.float32)
np.float32(1e6)
np.float32(0.1)
np.float32(123456.5)
