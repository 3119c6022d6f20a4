a = np.arange(5)
a[0, 0]
np.array(5)[0]
m = np.zeros((2, 2))
m[0, 0, 0]
