# Out-of-range and malformed indexes.
b = np.arange(6).reshape(2, 3)
b[2]
b[0, 3]
b[-3]
b[0, 0, 0]
b[1.0]
b['x']
b[[0, 5]]
