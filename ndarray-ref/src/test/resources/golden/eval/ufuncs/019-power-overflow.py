# Integer powers wrap around when they overflow.
np.array([2], dtype=np.int8) ** 7
np.array([3], dtype=np.uint8) ** 5
np.array([10]) ** 19
np.array([10]) ** 18
