a = np.arange(3)
list(a)
type(list(a)[0])
tuple(a)
