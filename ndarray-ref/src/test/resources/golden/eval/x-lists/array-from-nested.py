a = np.array([[1, 2], [3, 4]])
a.shape
np.array([[1, 2], [3, 4.0]]).dtype
np.array([[True, False]]).dtype
