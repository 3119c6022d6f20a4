# Booleans act as 0/1 with numbers; bool minus bool is an error.
t = np.array([True, False, True])
t + t
t + 1
t * 2.5
t - t
-t
t.sum()
