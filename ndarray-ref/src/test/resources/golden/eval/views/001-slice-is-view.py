# A basic slice is a view: a window on the same buffer.
arr = np.arange(10)
s = arr[2:5]
s
s.base is arr
np.shares_memory(s, arr)
s[0] = 100
arr
