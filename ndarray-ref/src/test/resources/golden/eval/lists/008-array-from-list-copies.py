# np.array(list) copies the data: later list changes do not show up.
data = [1, 2, 3]
arr = np.array(data)
data[0] = 100
arr
arr[1] = -2
data
arr.base is None
