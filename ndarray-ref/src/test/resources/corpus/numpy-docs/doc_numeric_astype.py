import numpy as np
arr = np.array([1, 2, 3]); arr
np.astype(arr, np.float64)
arr = np.array([1, 2, 3])
arr_noncpy = np.astype(arr, arr.dtype, copy=False)
np.shares_memory(arr, arr_noncpy)
