np.array([1, 2.5, 3])
np.array([1, True])
np.array([1.0, True])
np.array([1, 2+0j])
