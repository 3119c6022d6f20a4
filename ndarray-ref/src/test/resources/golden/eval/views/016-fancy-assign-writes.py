# Fancy and boolean indexes on the left of = write into the array itself.
a = np.arange(6)
a[[0, 2]] = -1
a
a[a > 3] = 0
a
a[[0, 0, 1]] = [7, 8, 9]
a
