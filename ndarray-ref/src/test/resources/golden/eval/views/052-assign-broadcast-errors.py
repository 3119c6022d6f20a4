# Slice assignment broadcasts the value; shapes must fit.
a = np.zeros(4)
a[1:3] = [1, 2, 3]
a[1:3] = 5
a
a[:] = [1, 2]
a[::2] = [7, 8]
a
