# Comparisons of scalars give np.True_ / np.False_.
a = np.array([1, 2])
a[0] == 1
a[0] == 2
type(a[0] == 1)
(a == 1)[0]
(a == 1)[1]
print((a == 1)[0])
