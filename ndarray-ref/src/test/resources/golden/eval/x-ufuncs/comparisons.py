a = np.arange(5)
a > 2
a == 3
a != a
(a > 1) & (a < 4)
(a < 1) | (a > 3)
~(a > 2)
