matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
transposed
flat = [v for row in matrix for v in row]
flat
np.array(matrix).T.tolist() == transposed
