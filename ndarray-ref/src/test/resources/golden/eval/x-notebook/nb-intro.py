arr = np.arange(10)
arr
arr.shape
arr2 = arr[2:6]
arr2
arr2.base is arr
arr2[0] = 42
arr
