x = np.arange(0, 10, 2)
y = np.arange(5)
m = np.vstack([x, y])
m
xy = np.hstack([x, y])
xy
