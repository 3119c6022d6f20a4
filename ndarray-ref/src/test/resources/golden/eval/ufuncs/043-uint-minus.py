# Subtracting unsigned values wraps; subtracting a negative Python int fails.
u = np.array([1, 2], dtype=np.uint16)
u - 3
u - np.array([3, 3], dtype=np.uint16)
u - (-3)
u - np.array([3, 3], dtype=np.int16)
