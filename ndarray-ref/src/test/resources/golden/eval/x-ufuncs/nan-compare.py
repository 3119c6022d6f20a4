a = np.array([np.nan, 1.0])
a == a
a > 0
np.nan == np.nan
