a = np.arange(10)
a[a % 2 == 0] *= -1
a
a[(a > 2) & (a < 8)]
a[(a < 0) | (a > 8)] = 0
a
