# eye builds an identity matrix, optionally shifted.
np.eye(3)
np.eye(2, 3)
np.eye(3, k=1, dtype=np.int8)
np.eye(3, k=-1)
np.eye(0)
