np.array([np.nan, 1.0, np.inf, -np.inf])
print(np.array([np.nan, -np.inf]))
np.array([np.nan])
