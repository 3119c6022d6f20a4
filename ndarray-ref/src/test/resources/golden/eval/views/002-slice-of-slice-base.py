# The base of a view of a view is the array that owns the data, not the middle view.
a = np.arange(10)
b = a[1:]
c = b[1:]
c.base is a
c.base is b
b.base is a
c
