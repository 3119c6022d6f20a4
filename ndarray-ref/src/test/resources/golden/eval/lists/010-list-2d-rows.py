# list() of a 2-D array is a list of row views.
m = np.arange(6).reshape(2, 3)
rows = list(m)
rows
rows[0].base is m.base
rows[0][0] = 50
m
