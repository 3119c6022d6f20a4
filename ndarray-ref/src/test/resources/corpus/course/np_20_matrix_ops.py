A = np.array([[1, 2], [3, 4]])
B = np.array([[5, 6], [7, 8]])
A @ B
A * B
A.dot(B)
A.T
np.trace(A)
