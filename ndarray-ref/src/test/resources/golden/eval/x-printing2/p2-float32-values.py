np.array([0.1, 0.2, 1/3], dtype=np.float32)
np.float32(1/3)
np.float32(16777217)
np.array([1e10], dtype=np.float32)
np.arange(3, dtype=np.float32) / 3
