a = np.arange(6)
np.where(a % 2 == 0, a, -a)
np.where(a > 10, 1, 0)
np.where([True, False], 1.5, 2)
