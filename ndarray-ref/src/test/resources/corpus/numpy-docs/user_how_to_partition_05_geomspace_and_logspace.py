np.geomspace(2, 3, num=5)
np.logspace(2, 3, num=5)
np.logspace(2, 3, num=5, base=2)
