a = np.arange(30).reshape(2, 3, 5)
indices = np.where(a % 2 == 0)
indices
a[indices]
a > 14
a[a > 14]
