# Array integer overflow wraps silently.
a = np.array([127], dtype=np.int8)
a + np.int8(1)
a += 1
a
np.array([255], dtype=np.uint8) + np.array([1], dtype=np.uint8)
np.array([9223372036854775807]) + 1
