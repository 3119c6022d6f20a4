np.arange(5)[10]
np.zeros((2, 2))[2, 0]
np.array([1, 2]) @ np.array([1, 2, 3])
np.ones(3).reshape(2, 2)
np.array([1, 2, 3]).astype("float128x")
