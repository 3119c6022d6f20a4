# np.where picks from two arrays element by element (a copy).
a = np.arange(6)
np.where(a > 2, a, -1)
np.where(a % 2 == 0, 0.5, a)
np.where([True, False], [1, 2], [3, 4])
np.where(a > 2, a, 1.5).dtype
