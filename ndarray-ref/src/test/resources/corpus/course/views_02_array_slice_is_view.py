arr = np.array([1, 2, 3])
view = arr[:]
view[0] = 17
view
arr
