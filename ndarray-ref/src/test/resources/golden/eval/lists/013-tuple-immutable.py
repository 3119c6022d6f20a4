# Tuples cannot be changed, but an array inside one can.
t = (np.arange(3), 5)
t[1] = 6
t[0][0] = 42
t
len(t)
t[0] is t[0]
