# In-place ops broadcast the right side, but not the left.
m = np.zeros((2, 3))
m += np.arange(3)
m
m[:, :1] += 10
m
v = np.zeros(3)
v += np.ones((2, 3))
