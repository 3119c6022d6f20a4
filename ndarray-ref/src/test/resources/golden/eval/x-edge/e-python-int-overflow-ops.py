a = np.arange(3, dtype=np.int8)
a + 1000
a * 2**70
a.astype(np.uint8) - 1
np.array([1], dtype=np.uint64) + 2**64
