# Arrays are numpy.ndarray; their elements are NumPy scalar types.
a = np.arange(3)
type(a)
type(a[0])
type(a.tolist()[0])
type(a.item(0))
type(np.arange(3.0)[0])
type(np.zeros(2, dtype=np.uint8)[0])
