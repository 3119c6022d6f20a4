np.array([1, 2]).dtype.name
np.array([1.0]).dtype.name
np.array([True]).dtype
np.array([1, 2], dtype=np.uint16).dtype.itemsize
np.dtype("int32").itemsize
np.int32
str(np.float64)
