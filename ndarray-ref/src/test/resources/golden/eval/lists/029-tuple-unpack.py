# Tuple targets unpack sequences, arrays included.
x, y = np.array([3, 4])
x, y
a, b = np.arange(4).reshape(2, 2)
b
b.base is None
p, q = [1, 2, 3]
