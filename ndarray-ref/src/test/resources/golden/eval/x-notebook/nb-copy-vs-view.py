arr = np.arange(1, 11)
arr3 = arr[arr > 5]
arr3.base is None
arr4 = arr[[0, 2, 4]]
arr4.base is None
arr5 = arr[::3]
arr5.base is arr
arr5
