# Splitting a 2-D array gives views whose flags depend on the axis.
m = np.arange(8).reshape(2, 4)
top, bottom = np.split(m, 2)
top.flags.c_contiguous, top.base is m.base
left, right = np.split(m, 2, axis=1)
left.flags.c_contiguous, left.strides
right[0, 0] = -5
m
