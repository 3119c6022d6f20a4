# sum picks an accumulator dtype.
np.arange(4, dtype=np.int8).sum().dtype
np.arange(4, dtype=np.uint16).sum().dtype
np.ones(3, dtype=np.float32).sum()
np.array([True, True]).sum()
np.arange(6).reshape(2, 3).sum(axis=0, keepdims=True)
