np.eye(3, k=1)
np.eye(3, k=-1, dtype=int)
np.eye(1)
