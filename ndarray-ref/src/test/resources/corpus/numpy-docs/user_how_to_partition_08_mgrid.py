xx, yy = np.meshgrid(np.array([0, 1, 2, 3]), np.array([0, 1, 2, 3, 4, 5]))
xx.T, yy.T
np.mgrid[0:4, 0:6]
