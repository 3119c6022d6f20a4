# Float division by zero gives inf and nan, with no exception.
a = np.array([1.0, -1.0, 0.0])
a / 0
a // 0
a % 0
np.arange(3) / 0
