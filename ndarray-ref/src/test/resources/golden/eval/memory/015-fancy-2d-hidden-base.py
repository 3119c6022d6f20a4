# A[:, [0, 1]] keeps its gather buffer alive through .base.
A = np.arange(24).reshape(2, 3, 4)
live_bytes()
B = A[:, [0, 1]]
live_bytes()
del A
live_bytes()
B.base.shape
