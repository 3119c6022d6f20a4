np.array([np.nan, 1.5, 2.0])
np.array([np.inf, 1e-10])
np.array([np.nan, np.inf])
np.array([1.0, np.nan]) * 2
print(np.array([np.nan, 1e20]))
