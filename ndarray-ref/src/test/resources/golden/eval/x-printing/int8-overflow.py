a = np.array([120, 125], dtype=np.int8)
a + 10
a * 2
np.array([250], dtype=np.uint8) + np.array([10], dtype=np.uint8)
