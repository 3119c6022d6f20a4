# np.array copies nested lists into one 2-D buffer.
rows = [[1, 2], [3, 4]]
m = np.array(rows)
rows[0][0] = 100
m
m.shape
np.array([[1, 2], [3, 4, 5]])
