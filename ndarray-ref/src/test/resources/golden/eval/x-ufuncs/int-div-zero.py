a = np.arange(3)
a // 0
a % 0
