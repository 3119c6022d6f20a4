# Strides are in bytes: moving one row skips a whole row of int64.
m = np.arange(12).reshape(3, 4)
m.strides
m.T.strides
m[::2].strides
m[:, ::-1].strides
m[::-1, ::3].strides
m.itemsize
