# Shapes must match from the right, or be 1.
np.ones(3) + np.ones(4)
np.ones((2, 3)) + np.ones(2)
np.ones((2, 3)) + np.ones((2, 1))
np.ones((2, 3)) * np.ones((4, 1, 1))
np.ones((2, 3)) - np.ones((3, 2))
