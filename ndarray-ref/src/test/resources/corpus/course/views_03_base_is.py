arr = np.array([1, 2, 3])
arr2 = arr[:]
arr2.base is arr
arr3 = arr[[0, 2]]
print(arr3)
arr3.base is arr
arr3[0] = 4
print(arr3)
arr
