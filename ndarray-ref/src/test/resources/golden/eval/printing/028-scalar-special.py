# Special float scalars.
np.float64(np.nan)
np.float64(-0.0)
np.float64(1e16)
np.float64(1e-5)
np.float64(np.inf)
np.float64(123456789.0)
np.float64(1e15)
