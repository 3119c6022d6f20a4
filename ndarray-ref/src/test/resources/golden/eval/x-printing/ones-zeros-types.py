np.ones(3, dtype=int)
np.zeros((2, 2), dtype=np.uint8)
np.ones((1, 3), dtype=np.float32)
