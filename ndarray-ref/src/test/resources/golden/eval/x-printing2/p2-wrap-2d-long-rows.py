np.arange(60).reshape(2, 30)
np.arange(40.0).reshape(2, 20) / 7
