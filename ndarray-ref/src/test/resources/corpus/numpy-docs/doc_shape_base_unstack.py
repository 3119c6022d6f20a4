arr = np.arange(24).reshape((2, 3, 4))
np.unstack(arr)
np.unstack(arr, axis=1)
arr2 = np.stack(np.unstack(arr, axis=1), axis=1)
arr2.shape
np.all(arr == arr2)
