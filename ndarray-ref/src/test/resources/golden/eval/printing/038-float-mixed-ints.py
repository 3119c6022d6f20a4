# Floats that happen to be whole print with a trailing point.
np.array([1.0, 2.5, 3.0])
np.arange(5.0)
np.arange(0, 1, 0.25)
np.ones(3) * 2
np.zeros(2) - 0.0
