a = np.arange(6).reshape(2, 3)
x = a[1, 2]
x
type(x)
row = a[1]
row.base is a
row.strides
