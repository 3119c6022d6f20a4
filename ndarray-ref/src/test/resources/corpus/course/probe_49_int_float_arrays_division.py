a = np.array([7, 8, 9])
a / 2
a // 2
a % 2
np.true_divide(a, 2)
np.floor_divide(a, -2)
(a / 2).dtype
