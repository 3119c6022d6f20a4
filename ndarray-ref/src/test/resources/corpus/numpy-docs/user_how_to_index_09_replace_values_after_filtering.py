p = np.arange(-10, 10).reshape(2, 2, 5)
p
q = p < 0
q
p[q] = 0
p
