# Indexing a row of a 2-D array gives a 1-D view of that row.
m = np.arange(12).reshape(3, 4)
row = m[1]
row
row.base is m.base
np.shares_memory(row, m)
row[:] = 0
m
