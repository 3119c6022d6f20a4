np.exp(np.arange(3.0))
np.sin(0.5)
np.log
np.arctan2(1.0, 2.0)
