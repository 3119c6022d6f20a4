np.array([1/3, 2/3])
np.array([0.1, 0.2, 0.3])
np.array([1e-10, 1.0])
np.array([1e10, 1.0])
