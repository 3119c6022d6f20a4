a = np.arange(4.0)
a.item(2)
type(a.item(2))
a[2]
type(a[2])
