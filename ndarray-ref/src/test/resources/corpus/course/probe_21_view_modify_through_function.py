def zero_first_row(m):
    m[0] = 0

m = np.arange(6).reshape(2, 3)
zero_first_row(m)
m
zero_first_row(m.T)
m
zero_first_row(m.copy())
m
