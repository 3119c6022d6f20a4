np.array([1e-20, 1.0, 1e20])
np.array([1.5e-8])
np.array([3e8, 6.02e23])
