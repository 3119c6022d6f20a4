np.array([0,2,3,4]) + np.array([1,1,-1,2])
