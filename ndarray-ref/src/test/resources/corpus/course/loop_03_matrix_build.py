n = 4
m = np.zeros((n, n), dtype=int)
for i in range(n):
    for j in range(n):
        m[i, j] = (i + 1) * (j + 1)
m
np.array_equal(m, np.outer(np.arange(1, n + 1), np.arange(1, n + 1)))
