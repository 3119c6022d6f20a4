a, b = np.arange(3)
a, b, c = (1, 2)
x, y = 5
