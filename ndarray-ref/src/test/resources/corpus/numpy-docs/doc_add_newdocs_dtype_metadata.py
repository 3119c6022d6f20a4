import numpy as np
dt = np.dtype(float, metadata={"key": "value"})
dt.metadata["key"]
arr = np.array([1, 2, 3], dtype=dt)
arr.dtype.metadata
(arr + arr).dtype.metadata
dt2 = np.dtype(float, metadata={"key2": "value2"})
arr2 = np.array([3, 2, 1], dtype=dt2)
print((arr + arr2).dtype.metadata)
