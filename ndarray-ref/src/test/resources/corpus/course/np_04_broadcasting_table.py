x = np.arange(1, 4)
table = x[:, None] * x[None, :]
print(table)
table.shape
