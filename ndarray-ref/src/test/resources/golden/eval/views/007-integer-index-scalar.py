# Indexing one element of a 1-D array gives a NumPy scalar, a copy of the value.
a = np.arange(5)
x = a[2]
x
type(x)
x = x + 10
a
a[2] is a[2]
