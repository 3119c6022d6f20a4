a = np.arange(5)
a / 2
a // 2
a % 3
-a
a ** 2
