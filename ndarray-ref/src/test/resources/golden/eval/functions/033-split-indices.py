# split at explicit indices; along another axis.
a = np.arange(6)
np.split(a, [1, 4])
m = np.arange(12).reshape(3, 4)
left, right = np.split(m, 2, axis=1)
right
np.shares_memory(right, m)
np.split(m, 2, axis=0)
