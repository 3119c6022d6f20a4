a = np.arange(3)
col = a[:, np.newaxis]
col.shape
col.base is a
row = a[None, :]
row.shape
col + row
