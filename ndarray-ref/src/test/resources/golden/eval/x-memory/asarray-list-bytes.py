a = np.asarray([1, 2, 3])
live_bytes()
b = np.asarray([1.0, 2.0], dtype=np.float32)
live_bytes()
