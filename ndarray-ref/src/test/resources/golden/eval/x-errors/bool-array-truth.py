a = np.arange(3)
a and True
a or 1
not a
np.array([]) and 1
