np.eye(3, dtype=np.float32)
np.eye(2) * 0.5
np.eye(4)[::2]
