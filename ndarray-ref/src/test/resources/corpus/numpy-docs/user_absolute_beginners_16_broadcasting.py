data = np.array([1.0, 2.0])
data * 1.6
