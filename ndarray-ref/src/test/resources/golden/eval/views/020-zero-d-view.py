# a[0, ...] on a 1-D array is a 0-d view, while a[0] is a scalar.
a = np.arange(3)
z = a[0, ...]
z
z.shape, z.ndim
z.base is a
z[...] = 42
a
type(a[0])
