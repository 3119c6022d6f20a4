a = np.arange(6)
a[a > 2] = 0
a
a[a == 0] += 5
a
