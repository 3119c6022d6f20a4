a = np.array([1.0, -1.0, 0.0])
a / 0
a // 0
np.array([1, 0]) / 0
