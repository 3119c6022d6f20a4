# where(cond) returns index arrays, which are copies.
m = np.arange(6).reshape(2, 3)
rows, cols = np.where(m > 2)
rows, cols
rows.base is None
np.where(np.zeros(3))
