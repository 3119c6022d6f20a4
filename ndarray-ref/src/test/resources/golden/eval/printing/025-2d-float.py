# 2-D float arrays align columns across rows.
np.array([[1.5, 2], [3, 4]])
print(np.array([[1.5, 2], [3, 4]]))
np.eye(3)
np.eye(2, dtype=np.int8)
