# tolist converts to nested Python lists of Python numbers.
m = np.arange(6, dtype=np.uint8).reshape(3, 2)
m.tolist()
m[:, 0].tolist()
np.zeros((2, 0)).tolist()
np.array(3.5).tolist()
type(m.tolist()[0][0])
