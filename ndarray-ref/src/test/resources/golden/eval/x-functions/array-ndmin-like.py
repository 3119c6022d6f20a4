np.array([[1], [2]]).shape
np.array([[[1]]]).ndim
np.array(1.5).ndim
