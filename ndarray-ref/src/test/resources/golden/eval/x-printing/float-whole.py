np.array([1.0, 2.0, 3.0])
np.array([0.0, -0.0])
np.zeros(3)
