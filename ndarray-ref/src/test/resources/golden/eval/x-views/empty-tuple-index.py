a = np.arange(4)
b = a[()]
b is a
b.base is a
z = np.array(5)
z[()]
type(z[()])
z[...]
type(z[...])
