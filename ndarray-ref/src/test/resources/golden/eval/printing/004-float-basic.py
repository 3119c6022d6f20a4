# Floats print with the fewest digits that round-trip, padded to line up.
np.array([0.1, 0.2, 0.3])
np.array([1.0, 2.0, 3.0])
np.array([1.5, 2.25, -3.0])
np.array([10.0, 0.25])
np.array([1.5, 10.25, 100.125])
