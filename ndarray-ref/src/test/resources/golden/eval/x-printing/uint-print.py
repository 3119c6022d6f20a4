np.arange(5, dtype=np.uint8)
np.arange(250, 256, dtype=np.uint8)
np.uint8(255) + np.uint8(1)
