np.arange(3, dtype=np.int8).sum().dtype
np.arange(3, dtype=np.uint8).sum().dtype
np.ones(3, dtype=np.float32).sum()
np.array([True, True]).sum()
np.zeros(0).sum()
