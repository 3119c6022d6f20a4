# The same slice on a list copies, on an array views.
l = [1, 2, 3]
l2 = l[:]
l2[0] = 17
l2
l
arr = np.array([1, 2, 3])
view = arr[:]
view[0] = 17
arr
