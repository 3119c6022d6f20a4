# Small values switch the whole array to scientific notation.
np.array([1e-4])
np.array([1e-5])
np.array([1e-4, 1.0])
np.array([0.5, 0.001])
np.array([0.0, 1e-9])
np.array([1e-5, 1.0, 123.456789])
