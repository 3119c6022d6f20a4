# list(array) gives a list of NumPy scalars; tolist() gives Python numbers.
a = np.array([1.5, 2.5])
list(a)
a.tolist()
tuple(np.arange(3))
type(list(a)[0])
type(a.tolist()[0])
