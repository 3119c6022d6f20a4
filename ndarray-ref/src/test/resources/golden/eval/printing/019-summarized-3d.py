# A summarized 3-D array.
cube = np.arange(3000).reshape(10, 10, 30)
cube.shape
cube
