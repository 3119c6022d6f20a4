arr = np.zeros((4,))
arr.base is None
v1 = arr[1:]
v1.base is arr
v2 = v1[1:]
v2.base is arr
