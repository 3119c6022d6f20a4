a = np.arange(5)
0 < 1 < 2
1 < 3 < 2
x = 3
0 <= x < 5
a.ndim == 1 == a.ndim
