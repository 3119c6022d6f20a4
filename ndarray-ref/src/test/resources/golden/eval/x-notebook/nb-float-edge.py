np.array([0.1 + 0.2])
0.1 + 0.2
np.float64(0.1) + np.float64(0.2)
np.array([1/3])[0]
np.array([2.0]) ** 0.5
