a = np.array([1, 2], dtype=np.uint8)
a - 3
b = np.array([5], dtype=np.uint64)
b - 6
(b + 1).dtype
