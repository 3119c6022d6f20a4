x = np.arange(10)
x[2]
x[-2]
x.shape = (2, 5)  # now x is 2-dimensional
x[1, 3]
x[1, -1]
x[0]
x[0][2]
