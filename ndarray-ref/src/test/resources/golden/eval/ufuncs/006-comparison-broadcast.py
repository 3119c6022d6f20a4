# Comparisons broadcast too.
m = np.arange(6).reshape(2, 3)
m > np.array([0, 3, 5])
m[:, :1] == m[:1, :]
m < 2.5
