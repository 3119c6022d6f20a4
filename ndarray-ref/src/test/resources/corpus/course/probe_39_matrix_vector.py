A = np.arange(6).reshape(2, 3)
v = np.array([1, 0, -1])
A @ v
A.T @ A
v @ v
np.dot(v, v)
np.outer(v, v)
