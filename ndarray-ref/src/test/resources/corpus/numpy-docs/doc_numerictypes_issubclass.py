np.issubclass_(np.int32, int)
np.issubclass_(np.int32, float)
np.issubclass_(np.float64, float)
