m = np.arange(6).reshape(3, 2)
for row in m:
    print(row, row.sum())
for i in range(m.shape[0]):
    m[i] *= i
m
