a = np.array([127], dtype=np.int8)
a + 1
np.array([250], dtype=np.uint8) + np.uint8(10)
np.int8(100) + np.int8(100)
