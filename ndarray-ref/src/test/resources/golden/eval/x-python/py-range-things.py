r = range(0, 10, 2)
r
len(r)
list(r)
r[1]
r[-1]
np.array(range(3)) + 1
