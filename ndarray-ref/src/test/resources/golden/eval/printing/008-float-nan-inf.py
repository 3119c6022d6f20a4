# nan and inf are right-aligned with the other values.
np.array([np.nan, np.inf, -np.inf, 1.0])
np.array([np.nan, 1.5])
np.array([np.nan, 1e-5])
np.array([np.inf])
np.array([-1.5e-7, 2e10, np.inf])
print(np.array([np.nan, -np.inf, 2.5]))
