a = np.arange(7)
np.split(a, 3)
np.split(a, 0)
np.array_split(a, 0)
