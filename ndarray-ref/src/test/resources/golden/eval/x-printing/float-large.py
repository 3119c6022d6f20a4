np.array([1e16, 1.0])
np.array([123456789.0])
np.array([1e-5, 1e5])
np.array([0.0001, 1000.0])
