np.array([2**62, -2**62])
np.array([2**63 - 1])
np.array([0], dtype=np.uint64) + np.uint64(2**64 - 1)
