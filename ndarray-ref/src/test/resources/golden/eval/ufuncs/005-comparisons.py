# Comparisons give boolean arrays.
a = np.arange(5)
a > 2
a == 3
a != 3
a <= np.array([4, 3, 2, 1, 0])
(a >= 2).dtype
