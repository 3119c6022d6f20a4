print(np.dtype(np.int8))
np.dtype(float)
np.arange(3).astype(np.uint32).dtype
np.array([1.0]).dtype.itemsize
type(np.arange(3).dtype)
