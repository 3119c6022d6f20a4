r = range(5)
np.array(r)
list(range(2, 10, 3))
np.arange(2, 10, 3)
