M = np.arange(1, 10).reshape(3, 3)
print(M)
M[1]
M[:, 1]
M[1, :]
M[1][2]
M[-1, -1]
M[::2, ::2]
