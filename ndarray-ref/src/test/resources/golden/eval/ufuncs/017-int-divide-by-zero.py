# Integer // and % by zero give 0 (with a warning on stderr only).
a = np.arange(-2, 3)
a // 0
a % 0
np.int64(5) // 0
a // np.zeros(5, dtype=np.int64)
